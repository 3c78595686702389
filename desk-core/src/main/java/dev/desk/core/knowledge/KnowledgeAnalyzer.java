package dev.desk.core.knowledge;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How the knowledge base reads Russian and English: Unicode words, lower case, ё as е, the two
 * languages' stop words, and each word through the Snowball stemmer of its own script (Cyrillic:
 * Russian, Latin: English), since Russian articles name English products and the other way
 * round. «не печатает», «печатают» and «печатать» meet; so do "printers" and "printer". A
 * language without a stemmer here (a host's kk) is read word for word. Thread-safe, as Lucene's
 * analyzers are.
 */
final class KnowledgeAnalyzer extends Analyzer {

  private static final NormalizeCharMap YO;
  private static final CharArraySet STOP_WORDS;

  static {
    NormalizeCharMap.Builder yo = new NormalizeCharMap.Builder();
    yo.add("ё", "е");
    yo.add("Ё", "Е");
    YO = yo.build();
    CharArraySet stop = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
    stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    STOP_WORDS = CharArraySet.unmodifiableSet(stop);
  }

  private final boolean stems;
  private final int prefix;

  /**
   * For Russian and English ({@code stems}), or word for word; {@code prefix} above 0 keeps only
   * that many first letters of each word instead of its stem, where Snowball leaves forms of one
   * word apart («печать» печа, «печати» печат, «печатает» печата: all печат; "printer", "printing":
   * print).
   */
  KnowledgeAnalyzer(boolean stems, int prefix) {
    this.stems = stems;
    this.prefix = prefix;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(YO, reader);
  }

  /** A prefix a reader types is read as words are: ё as е. */
  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(YO, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream out = new LowerCaseFilter(words);
    if (stems) {
      out = new StopFilter(out, STOP_WORDS);
      // the prefix of the word itself, not of its stem: Snowball reads «печать» as a verb (печа) and «печати» as a
      // noun (печат), so their stems' prefixes would never meet
      out = prefix > 0 ? new TruncateTokenFilter(out, prefix) : new ScriptStemFilter(out);
    } else if (prefix > 0) {
      out = new TruncateTokenFilter(out, prefix);
    }
    return new TokenStreamComponents(words, out);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Stems each word with the stemmer of its script; other words (numbers, codes) stay. */
  private static final class ScriptStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    ScriptStemFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (keyword.isKeyword() || term.length() == 0) {
        return true;
      }
      SnowballStemmer stemmer = switch (Character.UnicodeScript.of(term.charAt(0))) {
        case CYRILLIC -> russian;
        case LATIN -> english;
        default -> null;
      };
      if (stemmer != null) {
        stemmer.setCurrent(term.buffer(), term.length());
        stemmer.stem();
        term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
      }
      return true;
    }
  }
}
