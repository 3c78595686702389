package dev.desk.core.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.ticket.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules scored on the evaluation corpus (see corpus/README.md). The rules were tuned
 * on the development part only; the held-out part is the measure.
 */
final class UrgencyEvaluationTest {

  private final RuleBasedClassifier classifier = RuleBasedClassifier.withDefaults();

  @Test
  void heldOutPartMeetsTheBar() {
    CorpusEvaluation e = CorpusEvaluation.run(classifier, CorpusEvaluation.load("heldout"));
    System.out.println(e.report("Held-out part (" + CorpusEvaluation.load("heldout").size() + " tickets)"));
    assertTrue(e.recall(Urgency.EMERGENCY) >= 0.95, "EMERGENCY recall " + e.recall(Urgency.EMERGENCY));
    assertTrue(e.macroF1() >= 0.85, "macro-F1 " + e.macroF1());
  }

  @Test
  void developmentPartMeetsTheBar() {
    CorpusEvaluation e = CorpusEvaluation.run(classifier, CorpusEvaluation.load("dev"));
    System.out.println(e.report("Development part (" + CorpusEvaluation.load("dev").size() + " tickets)"));
    if (Boolean.getBoolean("desk.showMisses")) {
      e.misses.forEach(System.out::println);
    }
    assertTrue(e.recall(Urgency.EMERGENCY) >= 0.95, "EMERGENCY recall " + e.recall(Urgency.EMERGENCY));
    assertTrue(e.macroF1() >= 0.85, "macro-F1 " + e.macroF1());
  }
}
