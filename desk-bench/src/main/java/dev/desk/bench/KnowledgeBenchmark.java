package dev.desk.bench;

import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.KnowledgeQuery;
import dev.desk.core.knowledge.SearchHit;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The knowledge base among 100,000 published articles (Russian and English, two categories,
 * public, organisation-only and internal), one thread, index in memory. Targets (issue 15):
 * search and suggestion p99 under 20 ms ({@code search}, {@code suggest}, sample time);
 * indexing at least 2,000 revisions per second ({@code revise}: a checked edit, stored and
 * indexed); a full rebuild of 100,000 articles under a minute ({@code rebuild}, single shot).
 * Texts follow Zipf's law over a vocabulary of 20,000 words (the support words below, in
 * several forms, among made-up ones), as the words of real articles do: a few very common, most
 * rare. Searches are 2-3 words of middling frequency, as people type them; requests are 30 words
 * of running text. (A first run drew three words in four from the 90 support words alone, so
 * every query matched most of the base: 28 ms mean search, 505 ms suggestion; no base reads
 * like that.)
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KnowledgeBenchmark {

  private static final String[] WORDS = {
      "принтер", "принтера", "печать", "печатает", "печати", "картридж", "бумага", "замятие", "пароль", "пароли",
      "учетная", "запись", "вход", "войти", "ошибка", "ошибки", "карта", "медкарта", "пациент", "пациента",
      "направление", "рецепт", "лаборатория", "анализ", "результаты", "сеть", "интернет", "почта", "письмо",
      "котел", "котла", "давление", "отопление", "радиатор", "утечка", "насос", "счетчик", "показания",
      "квитанция", "оплата", "договор", "заявка", "сервер", "компьютер", "монитор", "клавиатура", "мышь",
      "обновление", "установка", "удаление", "доступ", "права", "роль", "отчет", "выгрузка", "excel",
      "printer", "printing", "paper", "jam", "password", "login", "account", "locked", "error", "record",
      "patient", "referral", "network", "mail", "boiler", "pressure", "heating", "leak", "meter", "invoice",
      "payment", "contract", "server", "update", "install", "access", "report", "export", "screen", "driver"};
  private static final String[] SYLLABLES = {"ка", "ро", "ми", "на", "то", "ле", "ви", "за", "су", "по", "ре",
      "ко", "ни", "да", "бе", "ту"};
  private static final int VOCABULARY = 20_000;
  private static final Actor READER = Actor.requester("reader", "org-1");
  private static final Actor AUTHOR = Actor.agent("author", "emr-l1");

  @Param("100000")
  public int articles;

  /** {@code zipf}: words as real articles have them; {@code support-words}: the first run's narrow texts. */
  @Param({"zipf", "support-words"})
  public String words;

  private InMemoryKnowledgeStore store;
  private KnowledgeBase kb;
  private Directory directory;
  private String[] queries;
  private String[] requests;
  private int next;
  private int edits;
  private String[] vocabulary;
  private double[] zipf;

  @Setup(Level.Trial)
  public void setUp() {
    directory = Directory.builder()
        .organisation(new Organisation("org-1", "City Hospital No. 1", "GKB-0001", "hospital"))
        .organisation(new Organisation("org-2", "Boiler House No. 7", "VLG-0007", "boiler-house"))
        .category(new Category("emr", "Electronic medical records", "emr-l1", Urgency.PLANNED))
        .category(new Category("heating", "Heating", "heat-l1", Urgency.URGENT))
        .build();
    store = new InMemoryKnowledgeStore();
    SplittableRandom random = new SplittableRandom(15);
    vocabulary = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      vocabulary[i] = madeUp(random);
    }
    for (String w : WORDS) { // the support words at ranks among the first two thousand
      vocabulary[random.nextInt(2_000)] = w;
    }
    zipf = new double[VOCABULARY];
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      zipf[i] = sum;
    }
    Instant at = Instant.parse("2026-03-16T06:00:00Z");
    for (int i = 0; i < articles; i++) {
      ArticleVisibility visibility = ArticleVisibility.values()[random.nextInt(3)];
      store.append(new ArticleRevision("kb-" + i, 1, text(random, 6), text(random, 120),
          random.nextBoolean() ? "emr" : "heating", List.of(word(random), word(random)), random.nextInt(4) == 0
          ? "en" : "ru", visibility, visibility == ArticleVisibility.ORGANISATIONS ? Set.of("org-" + (1
          + random.nextInt(2))) : Set.of(), ArticleState.PUBLISHED, "author", "import", at, null));
    }
    kb = KnowledgeBase.builder(store, directory).build();
    queries = new String[1024];
    requests = new String[1024];
    for (int i = 0; i < queries.length; i++) {
      StringBuilder q = new StringBuilder();
      for (int w = 2 + random.nextInt(2); w > 0; w--) {
        q.append(words.equals("zipf") ? vocabulary[50 + random.nextInt(5_000)] : word(random)).append(' ');
      }
      queries[i] = q.toString().strip();
      requests[i] = text(random, 30);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    kb.close();
  }

  private String text(SplittableRandom random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(word(random));
    }
    return out.toString();
  }

  /** A word by Zipf's law (rank r drawn with weight 1/r), or as the first run drew them. */
  private String word(SplittableRandom random) {
    if (words.equals("support-words")) {
      return random.nextInt(4) > 0 ? WORDS[random.nextInt(WORDS.length)] : madeUp(random);
    }
    int at = Arrays.binarySearch(zipf, random.nextDouble() * zipf[VOCABULARY - 1]);
    return vocabulary[Math.min(VOCABULARY - 1, at < 0 ? -at - 1 : at)];
  }

  /** A made-up word of 2-4 syllables. */
  private static String madeUp(SplittableRandom random) {
    StringBuilder w = new StringBuilder();
    for (int s = 2 + random.nextInt(3); s > 0; s--) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  /** A requester's search of 2-3 words. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long search() {
    return kb.search(READER, KnowledgeQuery.of(queries[next++ & 1023])).total();
  }

  /** Suggestions for a 30-word request in a category. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<SearchHit> suggest() {
    return kb.suggest(READER, requests[next++ & 1023], "emr", null, 5);
  }

  /** An edit of a random article: checked, stored and indexed. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ArticleRevision revise() {
    String id = "kb-" + (edits++ % articles);
    int latest = store.latest(id).orElseThrow().number();
    return kb.revise(AUTHOR, id, latest, ArticleDraft.of(queries[next++ & 1023], requests[next & 1023], "emr",
        "ru"), "правка");
  }

  /** A new index of every article in the store, made from scratch. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public void rebuild() {
    kb.rebuild();
  }
}
