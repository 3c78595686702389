package dev.desk.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule file: what the DSL builds, and every error with its line. */
final class EscalationRulesFileTest {

  private static final ServiceDirectory DIRECTORY = ServiceDirectory.builder()
      .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), null, "lead"))
      .group(new Group("emr-l2", SupportLine.L2, Set.of("emr"), null, "lead")).build();

  @Test
  void theFileAndTheDslDescribeTheSameRules() {
    EscalationRules fromFile = EscalationRulesFile.read(new StringReader("""
        rules:
          - id: response-ladder
            when: {urgencies: [URGENT, EMERGENCY], groups: [emr-l1]}
            levels:
              - {level: 1, clock: RESPONSE, percent: 50, notify: [{role: GROUP_LEAD}]}
              - level: 2
                unassignedFor: PT30M
                notify: [{person: ivanova, delivery: AT_ONCE}]
                addWatcher: [ivanova]
              - {level: 3, clock: RESPONSE, percent: 100, raiseLineTo: emr-l2, raiseUrgency: true, repeat: PT2H}
        """), "rules.yaml", DIRECTORY);
    EscalationRules fromDsl = EscalationRules.builder().rule(EscalationRule.builder("response-ladder")
        .urgencies(Urgency.URGENT, Urgency.EMERGENCY).groups("emr-l1")
        .level(1, Trigger.clock(SlaClockKind.RESPONSE, 50)).notify(Recipient.role("GROUP_LEAD"))
        .level(2, Trigger.unassignedFor(Duration.ofMinutes(30)))
        .notify(Recipient.person("ivanova"), EscalationAction.Delivery.AT_ONCE).addWatcher("ivanova")
        .level(3, Trigger.clock(SlaClockKind.RESPONSE, 100)).raiseLineTo("emr-l2").raiseUrgency()
        .repeatEvery(Duration.ofHours(2))
        .build()).build();
    assertEquals(fromDsl.rules(), fromFile.rules());
  }

  @Test
  void everyErrorNamesItsLine() {
    String file = """
        rules:
          - id: a
            when: {groups: [emr-l9]}
            levels:
              - level: 1
                clock: RESPONSE
                percent: 120
                notify: [{role: JANITOR}]
              - level: 2
                atOnce: true
                unassignedFor: PT5M
                reassign: emr-l7
          - id: a
            levels: []
        """;
    DeskException e = assertThrows(DeskException.class,
        () -> EscalationRulesFile.read(new StringReader(file), "r.yaml", DIRECTORY));
    for (String problem : List.of("r.yaml line 3: rule a names an unknown group emr-l9",
        "r.yaml line 5: rule a level 1: a threshold must be within 1-100 %, not 120 %",
        "r.yaml line 5: rule a level 1: unknown role JANITOR",
        "r.yaml line 9: rule a level 2: give exactly one trigger",
        "r.yaml line 9: rule a level 2 names an unknown group emr-l7",
        "r.yaml line 13: rule a: the id is used twice", "r.yaml line 13: rule a has no levels")) {
      assertTrue(e.getMessage().contains(problem), problem + " in:\n" + e.getMessage());
    }
    DeskException unknownClock = assertThrows(DeskException.class, () -> EscalationRules.read(new StringReader(
        "rules:\n  - id: b\n    levels:\n      - {level: 1, clock: LUNCH, percent: 50}\n"), "r.yaml"));
    assertTrue(unknownClock.getMessage().startsWith("r.yaml line 4"), unknownClock.getMessage());
    DeskException unknownField = assertThrows(DeskException.class, () -> EscalationRules.read(new StringReader(
        "rules:\n  - id: b\n    when: {colour: red}\n"), "r.yaml"));
    assertTrue(unknownField.getMessage().startsWith("r.yaml line 3"), unknownField.getMessage());
  }
}
