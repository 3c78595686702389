package dev.desk.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.Scope;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Urgency;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules as data: the Java API, the file format and what each refuses. */
final class UrgencyRulesTest {

  private static Urgency classify(RuleBasedClassifier c, String text) {
    return c.classify(ClassificationRequest.ofText(text)).urgency();
  }

  @Test
  void theJavaApiBuildsWhatTheFileDescribes() {
    UrgencyRules fromJava = UrgencyRules.builder()
        .lexicon("failure", List.of("не работает", "not working"))
        .scope(Scope.EVERYONE, List.of("у всех", "everyone"))
        .rule(UrgencyRule.builder("outage").adds(Urgency.EMERGENCY, 3).text("@failure").scopes(Scope.EVERYONE).build())
        .rule(UrgencyRule.builder("failure").adds(Urgency.URGENT, 2).text("@failure").build())
        .build();
    UrgencyRules fromFile = UrgencyRules.read(new StringReader("""
        lexicons:
          failure: [не работает, not working]
        scopes:
          EVERYONE: [у всех, everyone]
        rules:
          - {id: outage, urgency: EMERGENCY, weight: 3, text: ["@failure"], scopes: [EVERYONE]}
          - {id: failure, urgency: URGENT, weight: 2, text: ["@failure"]}
        """), "rules.yaml");
    assertEquals(fromJava.rules(), fromFile.rules());
    for (UrgencyRules rules : List.of(fromJava, fromFile)) {
      RuleBasedClassifier c = new RuleBasedClassifier(rules);
      assertEquals(Urgency.EMERGENCY, classify(c, "У всех не работают компьютеры"));
      assertEquals(Urgency.URGENT, classify(c, "принтер перестал, не работает"));
      assertEquals(Urgency.PLANNED, classify(c, "всё работает"));
    }
  }

  @Test
  void contextConditionsSeeChannelProfileAndTheHour() {
    UrgencyRules rules = UrgencyRules.builder()
        .rule(UrgencyRule.builder("night-call").adds(Urgency.URGENT, 2).channels(Channel.PHONE).hours("20:00-08:00")
            .build())
        .rule(UrgencyRule.builder("icu").adds(Urgency.EMERGENCY, 3).organisationProfiles("hospital-icu")
            .text("монитор").build())
        .build();
    RuleBasedClassifier c = new RuleBasedClassifier(rules);
    ZonedDateTime night = ZonedDateTime.of(2026, 1, 10, 23, 30, 0, 0, ZoneId.of("Europe/Moscow"));
    ClassificationRequest call = ClassificationRequest.ofText("звоню").withChannel(Channel.PHONE).withReceivedAt(night);
    assertEquals(Urgency.URGENT, c.classify(call).urgency());
    assertEquals(Urgency.PLANNED, c.classify(call.withReceivedAt(night.withHour(12))).urgency());
    assertEquals(Urgency.PLANNED, c.classify(call.withChannel(Channel.PORTAL)).urgency());
    assertEquals("channel PHONE, received at 23:30 (hours 20:00-08:00)", c.classify(call).reasons().get(0).evidence());
    assertEquals(Urgency.EMERGENCY, c.classify(ClassificationRequest.ofText("мониторы погасли")
        .withOrganisationProfile("hospital-icu")).urgency());
  }

  @Test
  void everyProblemOfTheRulesIsNamedAtOnce() {
    DeskException e = assertThrows(DeskException.class, () -> UrgencyRules.builder()
        .rule(UrgencyRule.builder("a").adds(Urgency.URGENT, 0).text("x").build())
        .rule(UrgencyRule.builder("a").adds(Urgency.URGENT, 1).text("@nowhere").build())
        .rule(UrgencyRule.builder("c").adds(null, 1).hours("25:00-26:00").build())
        .rule(UrgencyRule.builder("d").adds(Urgency.URGENT, 1).build())
        .threshold(Urgency.PLANNED, 1)
        .concordNegationCues(Set.of("ничего"))
        .build());
    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    for (String problem : List.of("rule a: weight must be a finite number other than 0", "rule a: the id is used twice",
        "rule a: no lexicon @nowhere", "rule c: urgency is required", "rule c: hours must look like 20:00-08:00",
        "rule d: has no condition", "thresholds: PLANNED has no threshold",
        "negation: the concord cue ничего is not among the cues")) {
      assertTrue(e.getMessage().contains(problem), problem + " in " + e.getMessage());
    }
  }

  @Test
  void fileErrorsNameTheirLine() {
    DeskException unknownKey = assertThrows(DeskException.class, () -> UrgencyRules.read(new StringReader(
        "rules:\n  - id: a\n    urgency: URGENT\n    colour: red\n"), "r.yaml"));
    assertTrue(unknownKey.getMessage().startsWith("r.yaml line 4"), unknownKey.getMessage());
    DeskException badMonth = assertThrows(DeskException.class, () -> UrgencyRules.read(new StringReader(
        "rules:\n  - id: a\n    urgency: URGENT\n    months: [13]\n"), "r.yaml"));
    assertTrue(badMonth.getMessage().startsWith("r.yaml line 4"), badMonth.getMessage());
    DeskException empty = assertThrows(DeskException.class, () -> UrgencyRules.read(new StringReader(" \n"), "r.yaml"));
    assertEquals("r.yaml: the file is empty", empty.getMessage());
  }

  @Test
  void aWordOfNegativeConcordNegatesAWordButNotANegation() {
    RuleBasedClassifier c = new RuleBasedClassifier(UrgencyRules.read(new StringReader("""
        negation: {cues: [не, ничего], shortCues: [], concord: [ничего]}
        rules:
          - {id: failure, urgency: URGENT, weight: 2, text: [не работает]}
          - {id: urgent, urgency: URGENT, weight: 2, text: [срочно]}
        """), "rules.yaml"));
    assertEquals(Urgency.URGENT, classify(c, "ничего не работает"));
    assertEquals(Urgency.PLANNED, classify(c, "ничего срочного, принтер шумит"));
    assertEquals(Urgency.PLANNED, classify(c, "не срочно"));
  }

  @Test
  void reloadSwapsTheRulesWhole() {
    RuleBasedClassifier c = RuleBasedClassifier.withDefaults();
    assertEquals(Urgency.EMERGENCY, classify(c, "пахнет газом"));
    c.reload(UrgencyRules.builder().rule(UrgencyRule.builder("only").adds(Urgency.URGENT, 2).text("газ").build())
        .build());
    assertEquals(Urgency.URGENT, classify(c, "пахнет газом"));
  }

  @Test
  void theBuiltInRulesReadEnglishHelpdeskMailTheWayADispatcherDoes() {
    // the examples: each was rated PLANNED or URGENT with no rule or the wrong rule firing
    RuleBasedClassifier c = RuleBasedClassifier.withDefaults();
    assertEquals(Urgency.EMERGENCY, classify(c, "Urgent: immediate resolution required. We are facing a critical issue "
        + "with significant downtime"));
    assertEquals(Urgency.URGENT, classify(c, "connectivity disruptions affecting multiple users, immediate assistance needed"));
    assertEquals(Urgency.EMERGENCY, classify(c, "connectivity disruptions affecting all users in the building"));
    assertEquals(Urgency.PLANNED, classify(c, "printer is broken, not urgent"));
    assertEquals(Urgency.EMERGENCY, classify(c, "Patient monitor in ICU shows no data"));
    assertEquals(Urgency.CONSULTATION, classify(c, "Прошу проконсультировать по заполнению формы"));
  }

  @Test
  void aNegatedPhraseNegatesTheWordsInsideItButNothingAfterIt() {
    RuleBasedClassifier c = RuleBasedClassifier.withDefaults();
    // "not urgent" is no "urgent"; "не горит свет" is no "горит" (fire)
    assertEquals(Urgency.URGENT, classify(c, "в подъезде не горит свет на всех этажах, темно"));
    assertTrue(c.classify(ClassificationRequest.ofText("printer is broken, not urgent")).reasons().stream()
        .noneMatch(r -> r.rule().equals("urgency-words")));
    // the negation of a found "не работает" still reaches nothing after the phrase
    assertEquals(Urgency.EMERGENCY, classify(c, "МИС не работает во всей больнице"));
  }
}
