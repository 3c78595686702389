package dev.desk.core.classify;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Turns text into stems grouped in clauses, the same way for tickets and for rule phrases, so
 * that "не работает", "не работают" and "перестал работать" meet on the stem "работа".
 *
 * <p>Tokens come from Lucene's Unicode word tokenizer; Cyrillic words go through the Snowball
 * Russian stemmer, Latin words through the Snowball English one. Text is NFC-normalised,
 * lower-cased and ё is read as е first, so case, normal form and ё never change an answer. A word
 * typed with Latin look-alikes among Cyrillic letters ("MИС") is read as Cyrillic. Punctuation
 * (. , ! ? ; :) and contrast words (но, однако, but, however) end a clause: negation and phrases
 * do not reach across them, but whitespace, however much, never matters. A question mark also
 * becomes the word "?", so rules can see questions.
 *
 * <p>Not thread-safe; {@link #get()} hands each thread its own.
 */
final class TextAnalyzer {

  private static final ThreadLocal<TextAnalyzer> PER_THREAD = ThreadLocal.withInitial(TextAnalyzer::new);
  private static final int STEM_CACHE_LIMIT = 20_000;
  /** A question mark is a word of its own, so that rules can ask for it. */
  static final String QUESTION = "?";
  private static final String CLAUSE_PUNCTUATION = ".,!?;:…";
  private static final Set<String> CLAUSE_WORDS = Set.of("но", "однако", "зато", "but", "however", "although",
      "though", "whereas");
  private static final String LATIN_LOOKALIKES = "aekmhopctyxb";
  private static final String CYRILLIC_TWINS = "аекмнорстухв";

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
  private final SnowballStemmer russian = new RussianStemmer();
  private final SnowballStemmer english = new EnglishStemmer();
  private final Map<String, String> stems = new HashMap<>();

  static TextAnalyzer get() {
    return PER_THREAD.get();
  }

  /** NFC, lower case, ё as е: the form every comparison uses. */
  static String normalise(String text) {
    text = withoutLoneSurrogates(text);
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** A lone half of a surrogate pair (broken input) as a space: the tokenizer loses the text around one. */
  private static String withoutLoneSurrogates(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** The text's words as stems, with the clause each belongs to. */
  Tokens analyse(String text) {
    String normal = normalise(text);
    Tokens.Builder out = new Tokens.Builder(Math.max(8, normal.length() / 6));
    tokenizer.setReader(new StringReader(normal));
    try {
      tokenizer.reset();
      int clause = 0;
      int lastEnd = 0;
      while (tokenizer.incrementToken()) {
        int start = offset.startOffset();
        if (endsClause(normal, lastEnd, start)) {
          if (asks(normal, lastEnd, start)) {
            out.add(QUESTION, QUESTION, clause);
          }
          clause++;
        }
        lastEnd = offset.endOffset();
        String word = term.toString();
        if (CLAUSE_WORDS.contains(word)) {
          clause++;
          continue;
        }
        out.add(word, stem(word), clause);
      }
      tokenizer.end();
      if (asks(normal, lastEnd, normal.length())) {
        out.add(QUESTION, QUESTION, clause);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.build();
  }

  private static boolean asks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '?') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private String stem(String word) {
    String cached = stems.get(word);
    if (cached != null) {
      return cached;
    }
    String stem = computeStem(word);
    if (stems.size() >= STEM_CACHE_LIMIT) {
      stems.clear();
    }
    stems.put(word, stem);
    return stem;
  }

  private String computeStem(String word) {
    boolean cyrillic = false;
    boolean latin = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'а' && c <= 'я') {
        cyrillic = true;
      } else if (c >= 'a' && c <= 'z') {
        latin = true;
      }
    }
    if (cyrillic && latin) {
      word = cyrillicLookalikes(word);
      latin = false;
    }
    SnowballStemmer stemmer = cyrillic ? russian : latin ? english : null;
    if (stemmer == null) {
      return word;
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static String cyrillicLookalikes(String word) {
    char[] chars = word.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int twin = LATIN_LOOKALIKES.indexOf(chars[i]);
      if (twin >= 0) {
        chars[i] = CYRILLIC_TWINS.charAt(twin);
      }
    }
    return new String(chars);
  }

  /** Analysed text: parallel arrays, one entry a word. */
  static final class Tokens {
    final String[] words;
    final String[] stems;
    final int[] clauses;
    final int size;

    private Tokens(String[] words, String[] stems, int[] clauses, int size) {
      this.words = words;
      this.stems = stems;
      this.clauses = clauses;
      this.size = size;
    }

    static final class Builder {
      private String[] words;
      private String[] stems;
      private int[] clauses;
      private int size;

      Builder(int capacity) {
        words = new String[capacity];
        stems = new String[capacity];
        clauses = new int[capacity];
      }

      void add(String word, String stem, int clause) {
        if (size == words.length) {
          int grown = size * 2;
          words = Arrays.copyOf(words, grown);
          stems = Arrays.copyOf(stems, grown);
          clauses = Arrays.copyOf(clauses, grown);
        }
        words[size] = word;
        stems[size] = stem;
        clauses[size] = clause;
        size++;
      }

      Tokens build() {
        return new Tokens(words, stems, clauses, size);
      }
    }
  }
}
