package dev.desk.core.classify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The built-in rules scored on the evaluation corpus (see corpus/README.md), in each language and
 * in total. The rules were tuned on the development part only; the held-out part is the measure.
 */
final class UrgencyEvaluationTest {

  /** What a part must reach in each language. */
  private record Bar(double emergencyRecall, double incidentsUrgentOrHigher, double questionsBelowUrgent,
      double macroF1) {}

  private final RuleBasedClassifier classifier = RuleBasedClassifier.withDefaults();

  /** The targets (EMERGENCY recall, incidents, questions), which the rules reach where they were tuned. */
  @Test
  void developmentPartMeetsTheTargetsInEachLanguage() {
    assertBar("dev", new Bar(0.95, 0.9, 0.85, 0.9));
  }

  /**
   * Floors at the figures of 2026-11-30 (corpus/README.md), so that a change of the rules can only
   * hold or raise them. The held-out EMERGENCY recall (0.83 English, 0.87 Russian) and English
   * incidents (0.88) are still short of the targets; that work is open.
   */
  @Test
  void heldOutPartHoldsItsMeasuredFiguresInEachLanguage() {
    assertBar("heldout", new Bar(0.83, 0.88, 0.85, 0.85));
  }

  private void assertBar(String part, Bar bar) {
    List<CorpusEvaluation.Ticket> all = CorpusEvaluation.load(part);
    CorpusEvaluation total = CorpusEvaluation.run(classifier, all);
    System.out.println(total.report(part + " part, both languages (" + all.size() + " tickets)"));
    if (part.equals("dev") && Boolean.getBoolean("desk.showMisses")) {
      total.misses.forEach(System.out::println);
    }
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertTrue(total.macroF1() >= bar.macroF1(), "macro-F1 " + total.macroF1()));
    for (String lang : List.of("en", "ru")) {
      List<CorpusEvaluation.Ticket> tickets = CorpusEvaluation.inLanguage(all, lang);
      CorpusEvaluation e = CorpusEvaluation.run(classifier, tickets);
      System.out.println(e.report(part + " part, " + lang + " (" + tickets.size() + " tickets)"));
      checks.add(() -> assertTrue(e.recall(Urgency.EMERGENCY) >= bar.emergencyRecall(),
          lang + " EMERGENCY recall " + e.recall(Urgency.EMERGENCY)));
      checks.add(() -> assertTrue(e.incidentsRatedUrgentOrHigher() >= bar.incidentsUrgentOrHigher(),
          lang + " incidents rated URGENT or higher " + e.incidentsRatedUrgentOrHigher()));
      checks.add(() -> assertTrue(e.questionsRatedBelowUrgent() >= bar.questionsBelowUrgent(),
          lang + " questions rated below URGENT " + e.questionsRatedBelowUrgent()));
      checks.add(() -> assertTrue(e.macroF1() >= bar.macroF1(), lang + " macro-F1 " + e.macroF1()));
    }
    assertAll(part, checks);
  }
}
