package dev.desk.bench;

import dev.desk.core.classify.RuleBasedClassifier;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The built-in urgency classifier with the default rule set on 500-character texts, one thread.
 * Target: at least 20,000 classifications per second. The texts are random mixes of Russian and
 * English requester sentences (failures, questions, emergencies, small talk), so the stem cache
 * and the phrase index see a realistic vocabulary rather than one text over and over.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class ClassifierBenchmark {

  private static final int SAMPLES = 1024;
  private static final int LENGTH = 500;
  private static final String[] SENTENCES = {
      "Добрый день, пишу по поручению заведующей отделением.",
      "С утра не открывается электронная медкарта, пациенты ждут в коридоре.",
      "Перезагружали компьютер, чистили кэш, как писали в инструкции, не помогло.",
      "в подъезде сильно пахнет газом на третьем этаже",
      "подскажите пожалуйста как поменять пароль от учетной записи?",
      "холодильник на гарантии перестал морозить, продукты портятся",
      "Прошу заменить картридж в принтере бухгалтерии, не срочно.",
      "нет горячей воды уже третий день, объявлений не было",
      "The EHR is down for the whole hospital and nobody can open charts.",
      "Hi, how do I export the ward's patient list to excel?",
      "water is leaking from the ceiling onto the server rack!!!",
      "please install a second monitor in office 304 when you have time",
      "the lift stopped between floors 6 and 7, three people are stuck inside",
      "Thanks for the quick fix yesterday, everything works fine now.",
      "радиаторы еле теплые, в квартире +17, маленький ребенок",
      "card terminal hasn't accepted cards since morning, we are losing sales",
  };

  private final RuleBasedClassifier classifier = RuleBasedClassifier.withDefaults();
  private final ClassificationRequest[] requests = new ClassificationRequest[SAMPLES];
  private int next;

  /** Random 500-character texts from the sentences above. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2026);
    for (int i = 0; i < SAMPLES; i++) {
      StringBuilder text = new StringBuilder(LENGTH + 100);
      while (text.length() < LENGTH) {
        text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
      }
      requests[i] = ClassificationRequest.ofText(text.substring(0, LENGTH));
    }
  }

  /** One classification. */
  @Benchmark
  public Classification classify() {
    ClassificationRequest request = requests[next];
    next = (next + 1) & (SAMPLES - 1);
    return classifier.classify(request);
  }
}
