package dev.desk.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.ticket.Urgency;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws the built-in classifier keeps for any text. */
final class UrgencyClassifierProperties {

  private static final RuleBasedClassifier CLASSIFIER = RuleBasedClassifier.withDefaults();
  private static final List<String> CORPUS = CorpusEvaluation.load("dev").stream()
      .map(t -> t.request().description()).toList();
  /** Phrases of the rules that make an emergency on their own. */
  private static final List<String> EMERGENCY_PHRASES = UrgencyRules.defaults().rules().stream()
      .filter(r -> r.urgency() == Urgency.EMERGENCY && r.weight() >= UrgencyRules.defaults().threshold(Urgency.EMERGENCY)
          && r.textAlso().isEmpty()
          && r.categories().isEmpty() && r.channels().isEmpty() && r.organisationProfiles().isEmpty()
          && r.scopes().isEmpty() && r.hours() == null && r.months().isEmpty() && r.days().isEmpty())
      .flatMap(r -> r.text().stream()).filter(p -> !p.startsWith("@")).toList();
  /**
   * Negations that reach over a phrase. The short ones (без, no, without) reach one word, so
   * "no" before "power line is down" makes "no power", a failure of its own.
   */
  private static final List<String> NEGATIONS = List.of("не", "нет", "not", "never");

  /** Corpus texts half the time, arbitrary Unicode (emoji, any script) otherwise. */
  private static Gen<String> texts() {
    return Generate.pick(CORPUS).mix(strings().allPossible().ofLengthBetween(0, 300), 50);
  }

  private static Urgency classOf(String text) {
    return CLASSIFIER.classify(ClassificationRequest.ofText(text)).urgency();
  }

  @Test
  void addingAnEmergencyPhraseNeverLowersTheClass() {
    qt().withExamples(400).forAll(texts(), Generate.pick(EMERGENCY_PHRASES), integers().between(0, 1))
        .checkAssert((text, phrase, where) -> {
          String more = where == 0 ? text + ". " + phrase : phrase + ". " + text;
          Urgency before = classOf(text);
          Urgency after = classOf(more);
          assertFalse(before.isMoreUrgentThan(after), () -> before + " became " + after + " for: " + escaped(more));
          if (CLASSIFIER.classify(ClassificationRequest.ofText(text)).reasons().stream().allMatch(r -> r.weight() > 0)) {
            // with no evidence against, the phrase alone makes an emergency
            assertEquals(Urgency.EMERGENCY, after, () -> "not an emergency: " + escaped(more));
          }
        });
  }

  /** The text with everything outside printable ASCII and Cyrillic as \\u escapes, for failure reports. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f || c >= 0x400 && c < 0x500
        ? Character.toString(c) : String.format("\\u{%x}", c)));
    return out.toString();
  }

  @Test
  void negatingAnEmergencyPhraseNeverRaisesTheClass() {
    qt().withExamples(400).forAll(texts(), Generate.pick(EMERGENCY_PHRASES), Generate.pick(NEGATIONS))
        .checkAssert((text, phrase, negation) -> {
          String more = text + ". " + negation + " " + phrase;
          Urgency before = classOf(text);
          Urgency after = classOf(more);
          assertFalse(after.isMoreUrgentThan(before), () -> before + " became " + after + " for: " + escaped(more));
        });
  }

  @Test
  void sayingItCanWaitNeverRaisesTheClass() {
    qt().withExamples(400).forAll(texts(), Generate.pick(List.of("не срочно", "not urgent", "no rush", "ничего срочного",
            "низкий приоритет", "low priority")), integers().between(0, 1))
        .checkAssert((text, canWait, where) -> {
          // it may turn a question into work to plan, but never makes anything URGENT or more
          String more = where == 0 ? text + ", " + canWait : canWait + ": " + text;
          Urgency before = classOf(text);
          Urgency after = classOf(more);
          boolean raised = after.isMoreUrgentThan(before) && after.isMoreUrgentThan(Urgency.PLANNED);
          assertFalse(raised, () -> before + " became " + after + " for: " + escaped(more));
        });
  }

  @Test
  void classificationIsDeterministic() {
    qt().withExamples(300).forAll(texts()).checkAssert(text ->
        assertEquals(CLASSIFIER.classify(ClassificationRequest.ofText(text)),
            new RuleBasedClassifier(UrgencyRules.defaults()).classify(ClassificationRequest.ofText(text))));
  }

  @Test
  void caseWhitespaceYoAndNormalFormDoNotMatter() {
    qt().withExamples(400).forAll(Generate.pick(CORPUS), integers().allPositive()).checkAssert((text, seed) -> {
      Classification plain = CLASSIFIER.classify(ClassificationRequest.ofText(text));
      Random random = new Random(seed);
      StringBuilder varied = new StringBuilder(" \t");
      for (char c : text.toCharArray()) {
        if (c == ' ') {
          varied.append(List.of(" ", "  ", "\t", "\n", " \r\n ", "\u00a0").get(random.nextInt(6)));
        } else if (c == 'е' || c == 'Е') {
          varied.append(random.nextBoolean() ? (c == 'е' ? 'ё' : 'Ё') : c);
        } else {
          String s = String.valueOf(c);
          varied.append(random.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
        }
      }
      varied.append("\n ");
      String form = random.nextBoolean() ? Normalizer.normalize(varied, Normalizer.Form.NFD) : varied.toString();
      assertEquals(plain, CLASSIFIER.classify(ClassificationRequest.ofText(form)), form);
    });
  }

  @Test
  void anyStringIsClassifiedWithoutAnException() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 3000)).checkAssert(text -> {
      Classification c = CLASSIFIER.classify(ClassificationRequest.ofText(text));
      assertFalse(c.confidence() < 0.5 || c.confidence() > 0.99, "confidence " + c.confidence());
    });
  }

  @Test
  void aBrokenSurrogateDoesNotHideTheText() {
    // found by the first property: a lone surrogate at the end made the tokenizer drop the whole text
    assertEquals(Urgency.EMERGENCY, classOf("heart condition. \u4e00\ud825"));
  }

  @Test
  void aMegabyteOfMixedScriptsAndEmojiIsClassifiedInBoundedTime() {
    StringBuilder big = new StringBuilder(1 << 20);
    Random random = new Random(7);
    String[] pieces = {"не работает ", "🔥", "😀 ", "МИС ", "down ", "日本語 ", "عربى ", "𝔘𝔫𝔦 ", "?", "\n", "газ "};
    while (big.length() < 1 << 20) {
      big.append(pieces[random.nextInt(pieces.length)]);
    }
    Classification c = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CLASSIFIER.classify(ClassificationRequest.ofText(big.toString())));
    assertEquals(Urgency.URGENT, c.urgency(), "a failure, but no emergency phrase, in a megabyte: " + c.reasons());
  }
}
