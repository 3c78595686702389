package dev.desk.core.knowledge;

import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of the knowledge base: derived state, one Lucene document per article (its
 * latest revision), rebuilt from the store at will. Each language has its own text fields read
 * by its own analyzer; who may read an article is part of every query, as a filter, so a count
 * never includes an article the reader may not read. Thread-safe.
 */
final class KnowledgeIndex implements AutoCloseable {

  /** Who reads: staff read every article; a requester the public ones and their organisation's. */
  record Reader(boolean staff, String organisationId) {}

  private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
  private static final int MAX_WORDS = 64;
  /** Punctuation before a word and after it (a prefix's star stays). */
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}*]+$");
  /**
   * How much the tickets an article resolved raise its score: by this share per e-fold of them
   * (10 tickets: x1.36, 100: x1.69), so that text still decides between articles far apart.
   */
  private static final double PRIOR_WEIGHT = 0.15;
  /** With a prior, this many candidates per hit asked for are ranked again. */
  private static final int PRIOR_CANDIDATES = 3;
  /** A word in at most this many articles costs a search little to score, however many words it has. */
  private static final int CHEAP_WORD = 1_000;
  private static final float TITLE = 3f;
  private static final float TAGS = 2f;
  private static final float BODY = 1f;
  private static final float SHORT = 0.5f;
  private static final float SAME_CATEGORY = 1.5f;
  /** Letters of a stem the short field keeps, where forms of a word end apart («печат», «печата»). */
  private static final int SHORT_STEM = 5;
  /** The short stems, with each article's own list of them: which of a reader's words a hit matched is read there. */
  private static final FieldType SHORT_FIELD = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    SHORT_FIELD.setStoreTermVectors(true);
    SHORT_FIELD.freeze();
  }

  private final Directory directory;
  private final Set<String> stemmed;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** The revision each article is indexed at: a revision read twice, or late, never goes back. */
  private final Map<String, Integer> indexed = new ConcurrentHashMap<>();
  /** Written since the searchers last reopened. */
  private volatile boolean stale;

  /**
   * An index in the directory, emptied.
   *
   * @param stemmed the languages read with Russian and English morphology; others word for word
   */
  KnowledgeIndex(Directory directory, Set<String> stemmed) {
    this.directory = directory;
    this.stemmed = Set.copyOf(stemmed);
    Analyzer withStems = new KnowledgeAnalyzer(true, 0);
    Analyzer prefixes = new KnowledgeAnalyzer(true, SHORT_STEM);
    Analyzer plain = new KnowledgeAnalyzer(false, 0);
    this.analyzer = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        if (!stemmed.contains(field.substring(field.indexOf('.') + 1))) {
          return plain;
        }
        return field.startsWith("short.") ? prefixes : withStems;
      }
    };
    try {
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the knowledge index", e);
    }
  }

  /**
   * Indexes the revision if it is newer than the one indexed: the latest published revision is
   * found, a draft or archived one takes its article out of searches. Searches see it after
   * {@link #publish}.
   *
   * @return whether the index changed
   */
  boolean index(ArticleRevision r) {
    Integer before = indexed.get(r.articleId());
    if (before != null && before >= r.number()) {
      return false;
    }
    try {
      Term id = new Term("id", r.articleId());
      if (r.state() == ArticleState.PUBLISHED) {
        writer.updateDocument(id, document(r));
      } else {
        writer.deleteDocuments(id);
      }
      indexed.merge(r.articleId(), r.number(), Math::max);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index article " + r.articleId(), e);
    }
  }

  /**
   * Makes what was indexed since the last call visible to the next search, which reopens the
   * index once for however many writes came before it.
   */
  void publish() {
    stale = true;
  }

  private static Document document(ArticleRevision r) {
    Document d = new Document();
    d.add(new StringField("id", r.articleId(), Field.Store.YES));
    d.add(new StoredField("revision", r.number()));
    d.add(new StoredField("title", r.title()));
    d.add(new StringField("category", r.category(), Field.Store.YES));
    d.add(new StringField("locale", r.locale(), Field.Store.YES));
    d.add(new StringField("visibility", r.visibility().name(), Field.Store.NO));
    for (String organisation : r.organisations()) {
      d.add(new StringField("organisation", organisation, Field.Store.NO));
    }
    d.add(new TextField("title." + r.locale(), r.title(), Field.Store.NO));
    d.add(new TextField("body." + r.locale(), r.body(), Field.Store.NO));
    d.add(new TextField("tags." + r.locale(), String.join(" ", r.tags()), Field.Store.NO));
    d.add(new Field("short." + r.locale(), r.title() + "\n" + String.join(" ", r.tags()) + "\n" + r.body(), SHORT_FIELD));
    return d;
  }

  /**
   * The articles matching the question that the reader may read.
   *
   * @param locales the languages to search
   * @param category only this category, or {@code null}
   * @param boostCategory the category whose articles rank higher, or {@code null}
   */
  SearchResults search(Reader reader, String text, Set<String> locales, String category, String boostCategory,
      int limit, int maxWords, ToLongFunction<String> prior) {
    IndexSearcher searcher = acquire();
    try {
      Question question = question(text, locales, searcher, maxWords);
      if (question.isEmpty()) {
        return new SearchResults(0, true, List.of());
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(question.query, Occur.MUST);
      query.add(visibleTo(reader), Occur.FILTER);
      if (category != null) {
        query.add(new TermQuery(new Term("category", category)), Occur.FILTER);
      }
      if (boostCategory != null) {
        query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("category", boostCategory))),
            SAME_CATEGORY), Occur.SHOULD);
      }
      Query built = query.build();
      // counted while scoring, exactly up to COUNTED (the filter is in the query: a count never includes what
      // the reader may not read)
      // with a prior, a few more candidates than asked for: one that solved many tickets may climb into the limit
      TopDocs top = searcher.search(built, prior == null ? limit : limit * PRIOR_CANDIDATES);
      TermVectors vectors = searcher.getIndexReader().termVectors();
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        String id = d.get("id");
        long resolved = prior == null ? 0 : prior.applyAsLong(id);
        hits.add(new SearchHit(id, d.getField("revision").numericValue().intValue(), d.get("title"),
            d.get("category"), d.get("locale"), sd.score * (1 + PRIOR_WEIGHT * Math.log1p(resolved)),
            question.matched(vectors, sd.doc, d.get("locale")), d.get("category").equals(boostCategory), resolved));
      }
      if (prior != null) {
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
      }
      return new SearchResults(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO,
          hits.subList(0, Math.min(limit, hits.size())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the knowledge index", e);
    } finally {
      release(searcher);
    }
  }

  /** Staff read every article; a requester the public ones and those of their organisation. */
  private static Query visibleTo(Reader reader) {
    if (reader.staff()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder ofTheirs = new BooleanQuery.Builder()
        .add(new TermQuery(new Term("visibility", ArticleVisibility.ORGANISATIONS.name())), Occur.FILTER)
        .add(new TermQuery(new Term("organisation", reader.organisationId())), Occur.FILTER);
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term("visibility", ArticleVisibility.PUBLIC.name())), Occur.SHOULD)
        .add(ofTheirs.build(), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }

  /**
   * The question as a query per language: each word (stemmed as that language reads it) in the
   * title, tags or body; each quoted phrase, required, in the title or body; each prefix.
   */
  private Question question(String text, Set<String> locales, IndexSearcher searcher, int maxWords)
      throws IOException {
    Map<String, String> words = new LinkedHashMap<>(); // the reader's word -> its text outside phrases
    List<String> phrases = new ArrayList<>();
    Matcher m = PHRASE.matcher(text);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      rest.append(text, last, m.start()).append(' ');
      phrases.add(m.group(1));
      last = m.end();
    }
    rest.append(text.substring(last));
    for (String written : rest.toString().split("[\\s\"]+")) {
      // the word without the punctuation around it («ошибка, ЛИС,), as the reader is told it matched
      String word = EDGES.matcher(written).replaceAll("");
      if (!word.isBlank() && words.size() < MAX_WORDS) {
        words.putIfAbsent(word, word);
      }
    }
    if (words.size() > maxWords) {
      rarest(words, locales, searcher, maxWords);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    Map<String, Map<String, List<String>>> shortTerms = new LinkedHashMap<>(); // word -> locale -> its short stems
    boolean any = false;
    for (String locale : locales) {
      BooleanQuery.Builder inLocale = new BooleanQuery.Builder();
      boolean has = false;
      for (String word : words.keySet()) {
        for (Query q : wordQueries(word, locale)) {
          inLocale.add(q, Occur.SHOULD);
          has = true;
        }
        shortTerms.computeIfAbsent(word, k -> new LinkedHashMap<>()).put(locale, word.endsWith("*")
            ? List.of(prefix(word, locale)) : terms("short." + locale, word));
      }
      for (String phrase : phrases) {
        Query p = phraseQuery(phrase, locale);
        if (p != null) {
          inLocale.add(p, Occur.MUST);
          has = true;
        }
      }
      if (has) {
        // the words as their own query: beside a filter, optional clauses would match nothing at all
        all.add(new BooleanQuery.Builder().add(inLocale.build(), Occur.MUST)
            .add(new TermQuery(new Term("locale", locale)), Occur.FILTER).build(), Occur.SHOULD);
        any = true;
      }
    }
    List<String> required = phrases.stream().filter(p -> !p.isBlank()).map(p -> '"' + p + '"').toList();
    return new Question(any ? all.build() : null, shortTerms, required);
  }

  /**
   * Keeps the words that tell articles apart, as a long request's words are picked for a
   * suggestion: the rarest in the index, none that no article has.
   */
  private void rarest(Map<String, String> words, Set<String> locales, IndexSearcher searcher, int maxWords)
      throws IOException {
    Map<String, Integer> frequency = new LinkedHashMap<>();
    for (String word : words.keySet()) {
      // in how many articles the word is found, by its prefix or by its stem (a short word's prefix, «врачу»,
      // may be in none while its stem, врач, is in many)
      int df = 0;
      for (String locale : locales) {
        for (String field : new String[] {"short.", "title.", "body."}) {
          for (String term : terms(field + locale, word)) {
            df = Math.max(df, searcher.getIndexReader().docFreq(new Term(field + locale, term)));
          }
        }
      }
      if (df > 0) {
        frequency.put(word, df);
      }
    }
    // the rarest maxWords, and past them every word rare enough to cost little: a letter's greeting and
    // signature words must not push out a question's common ones where scoring all of them is cheap
    List<String> kept = new ArrayList<>();
    frequency.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
      if (kept.size() < maxWords || e.getValue() <= CHEAP_WORD) {
        kept.add(e.getKey());
      }
    });
    words.keySet().retainAll(kept);
  }

  /** A word's queries in one language: its stems in each text field, or a prefix. */
  private List<Query> wordQueries(String word, String locale) {
    List<Query> out = new ArrayList<>();
    if (word.endsWith("*") && word.length() > 1) {
      String prefix = prefix(word, locale);
      if (prefix.length() >= 2) {
        for (String field : new String[] {"title.", "tags.", "body."}) {
          out.add(new BoostQuery(new PrefixQuery(new Term(field + locale, prefix)), boost(field)));
        }
      }
      return out;
    }
    for (String stem : terms("body." + locale, word)) {
      for (String field : new String[] {"title.", "tags.", "body."}) {
        out.add(new BoostQuery(new TermQuery(new Term(field + locale, stem)), boost(field)));
      }
    }
    for (String shortStem : terms("short." + locale, word)) {
      out.add(new BoostQuery(new TermQuery(new Term("short." + locale, shortStem)), SHORT));
    }
    return out;
  }

  /** A prefix word's letters as the index keeps words: lower case, ё as е. */
  private String prefix(String word, String locale) {
    return analyzer.normalize("title." + locale, word.substring(0, word.length() - 1)).utf8ToString();
  }

  private static float boost(String field) {
    return switch (field) {
      case "title." -> TITLE;
      case "tags." -> TAGS;
      default -> BODY;
    };
  }

  /** A phrase's words, in order, in the title or the body; {@code null} when no word is left. */
  private Query phraseQuery(String phrase, String locale) {
    List<String> stems = terms("body." + locale, phrase);
    if (stems.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    for (String field : new String[] {"title.", "body."}) {
      if (stems.size() == 1) {
        either.add(new BoostQuery(new TermQuery(new Term(field + locale, stems.get(0))), boost(field)), Occur.SHOULD);
      } else {
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        p.setSlop(1); // stop words between the words are gone from both sides
        for (String stem : stems) {
          p.add(new Term(field + locale, stem));
        }
        either.add(new BoostQuery(p.build(), boost(field)), Occur.SHOULD);
      }
    }
    return either.build();
  }

  /** The terms the field's analyzer makes of the text. */
  private List<String> terms(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string does not fail
    }
    return out;
  }

  /**
   * A question's query, each of the reader's words with its short stems by language, and the
   * phrases every hit matched (they are required).
   */
  private record Question(Query query, Map<String, Map<String, List<String>>> shortTerms, List<String> phrases) {

    boolean isEmpty() {
      return query == null;
    }

    /** The reader's words the document matched, read from its own list of short stems. */
    List<String> matched(TermVectors vectors, int doc, String locale) throws IOException {
      List<String> out = new ArrayList<>();
      Terms terms = vectors.get(doc, "short." + locale);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (Map.Entry<String, Map<String, List<String>>> word : shortTerms.entrySet()) {
          for (String stem : word.getValue().getOrDefault(locale, List.of())) {
            if (word.getKey().endsWith("*") ? startsWithin(te, stem) : te.seekExact(new BytesRef(stem))) {
              out.add(word.getKey());
              break;
            }
          }
        }
      }
      out.addAll(phrases);
      return out;
    }

    /** Whether the document has a short stem that begins the prefix or that the prefix begins. */
    private static boolean startsWithin(TermsEnum te, String prefix) throws IOException {
      String head = prefix.substring(0, Math.min(prefix.length(), SHORT_STEM));
      if (te.seekCeil(new BytesRef(head)) == TermsEnum.SeekStatus.END) {
        return false;
      }
      String found = te.term().utf8ToString();
      return found.startsWith(head) || head.startsWith(found);
    }
  }

  private IndexSearcher acquire() {
    try {
      if (stale) {
        stale = false;
        searchers.maybeRefreshBlocking();
      }
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the knowledge index", e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the knowledge index", e);
    }
  }
}
