package dev.desk.testkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario format: a run, its JSON lines, refused steps, and errors with their lines. */
final class ScenarioTest {

  private static final String SCENARIO = """
      start: 2026-03-16T09:00:00+03:00
      zone: Europe/Moscow
      policies:
        - id: standard
          targets: [{kind: RESPONSE, duration: PT1H, calendar: ru-contact-centre, warnings: [50]}]
      organisations: [{id: gkb-1, supportCode: VLG-0001, profile: hospital}]
      categories: [{id: emr, firstLineGroup: emr-l1}]
      steps:
        - register: {ref: t1, organisation: gkb-1, category: emr, urgency: PLANNED, text: Прошу заменить мышь}
        - advance: PT40M
        - close: {ticket: t1}
        - assign: {ticket: t1, group: emr-l1, agent: petrov}
      """;

  @Test
  void aScenarioRunsOnAFakeClockAndPrintsItsJournal() {
    Scenario.Result result = Scenario.read(new StringReader(SCENARIO), "s.yaml").run();
    List<String> lines = result.lines();
    assertEquals("DESK-2026-000001", result.numbers().get("t1"));
    assertTrue(lines.get(0).startsWith("{\"ticket\":\"DESK-2026-000001\",\"sequence\":1,\"at\":\"2026-03-16T09:00+03:00\","
        + "\"event\":\"Registered\",\"actor\":\"requester\""), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"at\":\"2026-03-16T09:30+03:00\",\"event\":\"ClockWarning\"")),
        "the sweep ran when the warning fell due, not at the end of the step: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"step\":3") && l.contains("\"event\":\"Refused\"")
        && l.contains("CLOSE is not allowed")), "a refused step is a line, and the scenario goes on: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"event\":\"ClockStopped\"")), "the scenario went on after it");
  }

  @Test
  void aWarningIsAPercentageOrWorkingTimeBeforeTheDeadline() {
    String absolute = SCENARIO.replace("warnings: [50]", "warnings: [PT10M before, 25]");
    List<String> lines = Scenario.read(new StringReader(absolute), "s.yaml").run().lines();
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"at\":\"2026-03-16T09:15+03:00\",\"event\":\"ClockWarning\"")),
        "25 % of the hour: " + lines);
    assertTrue(lines.stream().noneMatch(l -> l.contains("\"at\":\"2026-03-16T09:30+03:00\",\"event\":\"ClockWarning\"")),
        "no 50 % rung any more: " + lines);
    List<String> longer = Scenario.read(new StringReader(absolute.replace("advance: PT40M", "advance: PT55M")), "s.yaml")
        .run().lines();
    assertTrue(longer.stream().anyMatch(l -> l.contains("\"at\":\"2026-03-16T09:50+03:00\",\"event\":\"ClockWarning\"")),
        "10 minutes before the 10:00 deadline: " + longer);

    DeskException bad = assertThrows(DeskException.class, () -> Scenario.read(new StringReader(
        SCENARIO.replace("warnings: [50]", "warnings: [soon]")), "s.yaml").run());
    assertTrue(bad.getMessage().contains("policy standard has the warning \"soon\""), bad.getMessage());
    assertTrue(bad.getMessage().contains("\"PT10M before\""), bad.getMessage());
  }

  @Test
  void errorsNameTheirLine() {
    DeskException unknown = assertThrows(DeskException.class, () -> Scenario.read(new StringReader(
        "start: 2026-03-16T09:00:00+03:00\nsteps:\n  - jump: PT1H\n"), "s.yaml"));
    assertTrue(unknown.getMessage().startsWith("s.yaml line 3"), unknown.getMessage());
    DeskException noStart = assertThrows(DeskException.class, () -> Scenario.read(new StringReader("steps: []\n"),
        "s.yaml"));
    assertEquals("s.yaml: start is required", noStart.getMessage());
    DeskException backwards = assertThrows(DeskException.class, () -> {
      Scenario.Result r = Scenario.read(new StringReader(
          "start: 2026-03-16T09:00:00+03:00\nsteps:\n  - at: 2026-03-15T09:00:00+03:00\n"), "s.yaml").run();
      throw new DeskException(dev.desk.spi.error.ErrorCode.VALIDATION_FAILED, r.lines().get(0));
    });
    assertTrue(backwards.getMessage().contains("time does not run backwards"), backwards.getMessage());
  }

  @Test
  void aScenarioThatWouldFireWithoutEndStopsAtItsBoundWithAReason() {
    String minuteByMinute = """
        start: 2026-03-16T09:00:00+03:00
        zone: Europe/Moscow
        policies:
          - id: round-the-clock
            targets: [{kind: RESOLUTION, duration: PT1H, calendar: 24x7}]
        organisations: [{id: gkb-1, name: City Hospital No. 1, supportCode: VLG-0001, profile: hospital}]
        categories: [{id: lis, name: LIS, firstLineGroup: lis-l1, defaultUrgency: PLANNED}]
        staff:
          headOfService: ivanova
          groups: [{id: lis-l1, line: L1, categories: [lis], lead: smirnova}]
        escalation:
          rules:
            - id: nag
              levels: [{level: 1, clock: RESOLUTION, percent: 100, notify: [{role: GROUP_LEAD}], repeat: PT1M}]
        steps:
          - register: {ref: lab, organisation: gkb-1, category: lis, urgency: URGENT, channel: PORTAL, text: Не работает}
        """ + "  - advance: P30D\n".repeat(20); // twenty months, a reminder every minute
    DeskException e = assertThrows(DeskException.class,
        () -> Scenario.read(new StringReader(minuteByMinute), "nag.yaml").run());
    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    assertTrue(e.getMessage().startsWith("the scenario fires more than 20000 timers"), e.getMessage());
  }
}
