package dev.desk.examples.knowledge;

import dev.desk.core.knowledge.ArticleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The knowledge base's evaluation set: requester questions, each labelled with the article that
 * answers it, split once into dev and held-out ({@code knowledge-eval/questions.tsv}); and how a
 * ranking of articles is scored on it (Recall@5, MRR).
 */
final class KnowledgeEvaluation {

  /** One question: its split, the topic of its answer, its language and its text. */
  record Question(String split, String topic, String locale, String text) {

    /** The id of the article in the question's language that answers it. */
    String answer() {
      return topic + "-" + locale;
    }
  }

  /** The figures of one ranker on one split. */
  record Figures(int questions, double recallAt1, double recallAt5, double mrr) {

    /** The share of questions whose answer was not among the first five. */
    double missedAt5() {
      return 1 - recallAt5;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d questions, Recall@1 %.3f, Recall@5 %.3f, MRR %.3f", questions, recallAt1,
          recallAt5, mrr);
    }
  }

  /**
   * The question as a requester's letter says it: a greeting, the question, how it hurts their
   * work and a signature, words that answer nothing but that a request carries.
   */
  static Question inALetter(Question q) {
    String text = q.locale().equals("ru")
        ? "Добрый день! " + q.text() + ". Прошу помочь как можно скорее, из-за этого стоит работа отделения. "
            + "С уважением, старшая медсестра терапевтического отделения"
        : "Good morning, " + q.text() + ". Please help as soon as you can, the whole ward is waiting on this. "
            + "Kind regards, the senior nurse of the medical ward";
    return new Question(q.split(), q.topic(), q.locale(), text);
  }

  private KnowledgeEvaluation() {}

  static List<Question> questions() {
    List<Question> all = new ArrayList<>();
    for (String line : text("knowledge-eval/questions.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      all.add(new Question(f[0], f[1], f[2], f[3]));
    }
    return all;
  }

  /** Scores the ranking (article ids, best first) of each question of the split. */
  static Figures score(List<Question> questions, String split, Function<Question, List<String>> ranking) {
    int n = 0;
    int first = 0;
    int found = 0;
    double reciprocal = 0;
    for (Question q : questions) {
      if (!q.split().equals(split)) {
        continue;
      }
      n++;
      int rank = ranking.apply(q).indexOf(q.answer()) + 1;
      if (rank == 1) {
        first++;
      }
      if (rank >= 1 && rank <= 5) {
        found++;
      }
      if (rank >= 1) {
        reciprocal += 1.0 / rank;
      }
    }
    return new Figures(n, (double) first / n, (double) found / n, reciprocal / n);
  }

  /**
   * The baseline, the way Znuny suggests FAQ items: an article scores the count of the question's
   * words that equal one of its keywords (its tags' and title's words, lower-cased, no stemming);
   * articles that share no word are not suggested; ties go by id.
   */
  static final class KeywordBaseline {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Map<String, Set<String>> keywords = new LinkedHashMap<>();
    private final Map<String, String> locales = new LinkedHashMap<>();

    KeywordBaseline(List<ArticleFile> articles) {
      for (ArticleFile a : articles) {
        Set<String> words = new HashSet<>(words(a.draft().title()));
        a.draft().tags().forEach(t -> words.addAll(words(t)));
        keywords.put(a.id(), words);
        locales.put(a.id(), a.draft().locale());
      }
    }

    List<String> rank(Question q) {
      Set<String> asked = new HashSet<>(words(q.text()));
      return keywords.entrySet().stream()
          .filter(e -> locales.get(e.getKey()).equals(q.locale()))
          .map(e -> Map.entry(e.getKey(), e.getValue().stream().filter(asked::contains).count()))
          .filter(e -> e.getValue() > 0)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .limit(5)
          .toList();
    }

    private static List<String> words(String text) {
      return List.of(WORDS.split(text.toLowerCase(Locale.ROOT).replace('ё', 'е'))).stream()
          .filter(w -> !w.isEmpty()).toList();
    }
  }

  private static String text(String resource) {
    try (InputStream in = KnowledgeEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
