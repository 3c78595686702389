package dev.desk.spi.knowledge;

/** What a reader did with suggested articles, step by step, for deflection to be counted. */
public enum SuggestionStep {
  /** The article was shown among the suggestions for the reader's request. */
  SHOWN,
  /** The reader opened the article. */
  OPENED,
  /** The reader said the article helped. */
  HELPED
}
