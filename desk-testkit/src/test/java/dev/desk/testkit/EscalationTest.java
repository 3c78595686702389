package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.Resolve;
import dev.desk.core.escalation.EscalationAction.Delivery;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each action of an escalation level, the ladder of levels, repeats, cycles and refusals. */
final class EscalationTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** Three lines of EMR support; nobody on the first line takes tickets, so clocks run. */
  static ServiceDirectory lines() {
    return ServiceDirectory.builder()
        .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), "ru-contact-centre", "lead-l1"))
        .group(new Group("emr-l2", SupportLine.L2, Set.of("emr"), null, "lead-l2"))
        .group(new Group("emr-l3", SupportLine.L3, Set.of("emr"), null, "lead-l3"))
        .group(new Group("heat-l1", SupportLine.L1, Set.of("heating"), null, "lead-heat"))
        .agent(new Agent("lead-l1", List.of("emr-l2"), SupportLine.L2, Set.of("none"), Set.of("ru"),
            "ru-contact-centre", 1))
        .agent(new Agent("engineer", List.of("emr-l3"), SupportLine.L3, Set.of("none"), Set.of("ru"), null, 5))
        .headOfService("head")
        .build();
  }

  /** 50 %: the lead hears; 80 %: the head hears at once and watches; breach: a line up, every hour. */
  static EscalationRules ladder() {
    return EscalationRules.builder().rule(EscalationRule.builder("response-ladder")
        .level(1, Trigger.clock(SlaClockKind.RESPONSE, 50)).notify(Recipient.role("GROUP_LEAD"))
        .level(2, Trigger.clock(SlaClockKind.RESPONSE, 80)).notify(Recipient.role("HEAD_OF_SERVICE"), Delivery.AT_ONCE)
        .addWatcher("head")
        .level(3, Trigger.clock(SlaClockKind.RESPONSE, 100)).raiseLine().notify(Recipient.role("GROUP_LEAD"))
        .repeatEvery(Duration.ofHours(1))
        .build()).build();
  }

  private final FakeClock clock = FakeClock.at(Instant.parse("2026-03-16T06:00:00Z"), MOSCOW); // Monday 09:00

  private Desk desk(EscalationRules rules) {
    return Desk.builder().clock(clock).directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES)
        .serviceDirectory(lines()).escalationRules(rules).build();
  }

  private static List<TicketChange> changes(Desk desk, TicketSnapshot t) {
    return desk.journal(Fixtures.SUPERVISOR, t.id()).stream().map(JournalEvent::change).toList();
  }

  private static List<TicketChange.EscalationFired> fired(Desk desk, TicketSnapshot t) {
    return changes(desk, t).stream().filter(c -> c instanceof TicketChange.EscalationFired)
        .map(c -> (TicketChange.EscalationFired) c).toList();
  }

  private static <T extends TicketChange> List<T> all(Desk desk, TicketSnapshot t, Class<T> kind) {
    return changes(desk, t).stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  private void at(String moscowTime) {
    clock.set(java.time.LocalDateTime.parse(moscowTime).atZone(MOSCOW).toInstant());
  }

  @Test
  void theLadderClimbsOnceALevelAndTheBreachRepeatsHourly() {
    Desk desk = desk(ladder());
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().urgency(Urgency.PLANNED)
        .build());
    assertEquals(Instant.parse("2026-03-16T07:00:00Z"), t.nextDueAt(), "10:00, at 50 % of the 2 h response");

    at("2026-03-16T09:59:59");
    desk.runDueTimers();
    assertEquals(List.of(), fired(desk, t));
    at("2026-03-16T10:00:00");
    desk.runDueTimers();
    desk.runDueTimers();
    assertEquals(1, fired(desk, t).size(), "level 1, once");
    TicketChange.EscalationFired first = fired(desk, t).get(0);
    assertEquals("50 % of PT2H", first.saw().get("RESPONSE"));
    TicketChange.NotificationPlanned lead = all(desk, t, TicketChange.NotificationPlanned.class).get(0);
    assertEquals(new TicketChange.NotificationPlanned("ROLE", "GROUP_LEAD", "lead-l1", "response-ladder", 1,
        clock.instant()), lead);

    at("2026-03-16T10:36:00");
    desk.runDueTimers();
    assertEquals(List.of(1, 2), fired(desk, t).stream().map(TicketChange.EscalationFired::level).toList());
    assertTrue(desk.ticket(Fixtures.SUPERVISOR, t.id()).watchers().contains("head"));

    for (String hour : List.of("11", "12", "13")) {
      at("2026-03-16T" + hour + ":00:00");
      desk.runDueTimers();
    }
    TicketSnapshot now = desk.ticket(Fixtures.SUPERVISOR, t.id());
    assertEquals(List.of(1, 2, 3, 3, 3), fired(desk, t).stream().map(TicketChange.EscalationFired::level).toList(),
        "the breach level repeats every working hour");
    assertEquals(SupportLine.L3, now.line(), "L1 -> L2 -> L3, and no further");
    assertEquals("emr-l3", now.group());
    assertEquals(List.of(new TicketChange.LineRaised(SupportLine.L1, SupportLine.L2, "emr-l2"),
        new TicketChange.LineRaised(SupportLine.L2, SupportLine.L3, "emr-l3")), all(desk, t, TicketChange.LineRaised.class));

    now = desk.execute(Fixtures.SUPERVISOR, new Assign(t.id(), now.version(), "emr-l3", null, "engineer", null));
    desk.execute(Fixtures.SUPERVISOR, new Resolve(t.id(), now.version(), "restored"));
    at("2026-03-16T16:00:00");
    desk.runDueTimers();
    assertEquals(5, fired(desk, t).size(), "nothing fires after resolution");
  }

  @Test
  void aReopenStartsANewCycle() {
    Desk desk = desk(EscalationRules.builder().rule(EscalationRule.builder("reopened-twice").reopenedAtLeast(1)
        .level(1, Trigger.atOnce()).notify(Recipient.person("quality")).build()).build());
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    t = desk.execute(Fixtures.SUPERVISOR, new Assign(t.id(), t.version(), "emr-l2", null, "lead-l1", null));
    t = desk.execute(Fixtures.SUPERVISOR, new Resolve(t.id(), t.version(), "done"));
    assertEquals(List.of(), fired(desk, t));
    t = desk.execute(Fixtures.HOSPITAL_REQUESTER, new Reopen(t.id(), t.version(), "still broken"));
    t = desk.execute(Fixtures.SUPERVISOR, new Resolve(t.id(), t.version(), "done again"));
    t = desk.execute(Fixtures.HOSPITAL_REQUESTER, new Reopen(t.id(), t.version(), "still broken"));
    assertEquals(List.of(2, 3), fired(desk, t).stream().map(TicketChange.EscalationFired::cycle).toList());
  }

  @Test
  void unassignedTimeRaisesTheUrgencyAndTheClocksFollow() {
    Desk desk = desk(EscalationRules.builder().rule(EscalationRule.builder("waiting")
        .level(1, Trigger.unassignedFor(Duration.ofMinutes(30))).raiseUrgency().reassign("emr-l2").build()).build());
    at("2026-03-13T16:50:00"); // Friday, 22 working minutes left
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().urgency(Urgency.URGENT)
        .build());
    at("2026-03-16T08:37:59");
    desk.runDueTimers();
    assertEquals(List.of(), fired(desk, t));
    at("2026-03-16T08:38:00");
    desk.runDueTimers();
    TicketSnapshot now = desk.ticket(Fixtures.SUPERVISOR, t.id());
    assertEquals("PT30M", fired(desk, t).get(0).saw().get("unassigned"));
    assertEquals(Urgency.EMERGENCY, now.urgency());
    assertEquals("emergency", now.clock(SlaClockKind.RESPONSE).orElseThrow().policyId(), "the clocks follow");
    assertEquals("emr-l2", now.group());
    assertEquals(SupportLine.L2, now.line(), "a reassignment to a higher line raises it, never lowers it");
  }

  @Test
  void notificationsWaitForWorkingHoursUnlessUrgentAndANobodyIsJournaled() {
    Desk desk = desk(EscalationRules.builder().rule(EscalationRule.builder("tell")
        .level(1, Trigger.atOnce()).notify(Recipient.person("lead-l1")).notify(Recipient.role("ASSIGNEE"))
        .notify(Recipient.group("emr-l1"), Delivery.WORKING_HOURS).build()).build());
    at("2026-03-13T22:00:00"); // Friday night
    TicketSnapshot planned = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .urgency(Urgency.PLANNED).build());
    TicketSnapshot emergency = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .urgency(Urgency.EMERGENCY).build());
    Instant monday0830 = Instant.parse("2026-03-16T05:30:00Z");
    List<TicketChange.NotificationPlanned> p = all(desk, planned, TicketChange.NotificationPlanned.class);
    assertEquals(monday0830, p.get(0).deliverAt(), "a PLANNED ticket waits for the lead's shift");
    assertEquals(null, p.get(1).resolvedTo(), "nobody is assigned: planned for an operator, not an exception");
    assertEquals(monday0830, p.get(2).deliverAt(), "the group's duty hours");
    List<TicketChange.NotificationPlanned> e = all(desk, emergency, TicketChange.NotificationPlanned.class);
    assertEquals(clock.instant(), e.get(0).deliverAt(), "an EMERGENCY goes at once");
    assertEquals(monday0830, e.get(2).deliverAt(), "unless the rule says working hours");
  }

  @Test
  void aLevelRepeatingThroughTheNightLeavesOneNoticeForTheMorning() {
    Desk desk = desk(EscalationRules.builder().rule(EscalationRule.builder("breach")
        .level(1, Trigger.clock(SlaClockKind.RESPONSE, 100)).notify(Recipient.group("emr-l1"), Delivery.WORKING_HOURS)
        .repeatEvery(Duration.ofMinutes(30)).build()).build());
    at("2026-03-13T22:00:00"); // Friday night; an emergency's 15-minute response runs 24x7
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .urgency(Urgency.EMERGENCY).build());
    for (String time : List.of("2026-03-13T22:15:00", "2026-03-13T22:45:00", "2026-03-13T23:15:00",
        "2026-03-13T23:45:00", "2026-03-14T00:15:00", "2026-03-14T00:45:00")) {
      at(time);
      desk.runDueTimers();
    }
    Instant monday0830 = Instant.parse("2026-03-16T05:30:00Z");
    assertEquals(6, fired(desk, t).size(), "the journal shows every firing");
    List<TicketChange.NotificationPlanned> notices = all(desk, t, TicketChange.NotificationPlanned.class);
    assertEquals(1, notices.size(), "one notice waits for the group's morning: " + notices);
    assertEquals(monday0830, notices.get(0).deliverAt());

    at("2026-03-16T08:40:00"); // the morning's notice went at 08:30; the next firing is news again
    desk.runDueTimers();
    List<TicketChange.NotificationPlanned> later = all(desk, t, TicketChange.NotificationPlanned.class);
    assertEquals(2, later.size());
    assertEquals(clock.instant(), later.get(1).deliverAt());
  }

  @Test
  void rulesThatCannotWorkAreRefusedAtStart() {
    DeskException e = assertThrows(DeskException.class, () -> EscalationRules.builder()
        .rule(EscalationRule.builder("a").groups("emr-l1").level(1, Trigger.clock(SlaClockKind.RESPONSE, 150))
            .reassign("emr-l2").notify(Recipient.role("JANITOR")).build())
        .rule(EscalationRule.builder("b").groups("emr-l2").level(2, Trigger.atOnce()).level(1, Trigger.atOnce())
            .reassign("emr-l1").build())
        .build());
    for (String problem : List.of("rule a level 1: a threshold must be within 1-100 %, not 150 %",
        "rule a level 1: unknown role JANITOR", "rule b level 1: levels must be numbered upwards from 1",
        "rule b level 2 has no actions", "reassignment rules send tickets round in a circle")) {
      assertTrue(e.getMessage().contains(problem), problem + " in:\n" + e.getMessage());
    }
    EscalationRules unknownGroup = EscalationRules.builder().rule(EscalationRule.builder("c")
        .level(1, Trigger.atOnce()).reassign("emr-l9").build()).build();
    DeskException atStart = assertThrows(DeskException.class, () -> desk(unknownGroup));
    assertTrue(atStart.getMessage().contains("rule c level 1 names an unknown group emr-l9"), atStart.getMessage());
  }
}
