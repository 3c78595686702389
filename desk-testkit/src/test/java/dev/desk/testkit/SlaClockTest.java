package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.sla.ClockCycle;
import dev.desk.core.sla.ClockReport;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SlaClockTest {

  static final SlaPolicy STANDARD = new SlaPolicy("standard", null, null, null, List.of(
      SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofHours(2), Calendars.RU_CONTACT_CENTRE),
      SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(8), Calendars.RU_CONTACT_CENTRE)));
  static final SlaPolicy EMERGENCY = new SlaPolicy("emergency", null, Urgency.EMERGENCY, null, List.of(
      SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(15), Calendars.ALWAYS),
      SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(4), Calendars.ALWAYS)));

  private final FakeClock clock = FakeClock.at("2025-10-31T16:50:00+03:00");
  private final Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory())
      .slaPolicies(SlaPolicies.of(STANDARD, EMERGENCY)).build();
  private TicketSnapshot ticket = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  private ClockReport report(SlaClockKind kind) {
    return desk.clock(Fixtures.SUPERVISOR, ticket.id(), kind).orElseThrow();
  }

  private List<TicketChange> journal() {
    return desk.journal(Fixtures.SUPERVISOR, ticket.id()).stream().map(JournalEvent::change).toList();
  }

  @Test
  void aFridayEveningTicketBeforeTheNovemberHolidays() {
    // 22 minutes on Friday, then the working (shortened) Saturday 1 November from 08:30
    assertEquals(at("2025-11-01T10:08:00+03:00"), ticket.clock(SlaClockKind.RESPONSE).orElseThrow().deadline());
    // 8 h: 22 min on Friday and 7 h 38 min of the shortened Saturday (08:30-16:12)
    assertEquals(at("2025-11-01T16:08:00+03:00"), ticket.clock(SlaClockKind.RESOLUTION).orElseThrow().deadline());
    assertEquals(ticket.clock(SlaClockKind.RESPONSE).orElseThrow().nextDue(), ticket.nextDueAt(), "the 50 % warning");

    clock.set(at("2025-11-01T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));

    ClockReport response = report(SlaClockKind.RESPONSE);
    assertEquals(SlaClock.Status.MET, response.status());
    assertEquals(Duration.ofMinutes(52), response.consumed());
    assertEquals(Duration.ofMinutes(68), response.remaining(), "the response allowance left when assigned");
  }

  @Test
  void theSweepFiresEachWarningAndTheBreachOnce() {
    clock.set(at("2025-11-01T09:30:00+03:00")); // response: 82 of 120 working minutes consumed
    assertEquals(1, desk.runDueTimers(), "50 %");
    clock.set(at("2025-11-01T09:50:00+03:00")); // 102 minutes
    assertEquals(1, desk.runDueTimers(), "80 %");
    assertEquals(0, desk.runDueTimers(), "nothing more is due");
    clock.set(at("2025-11-01T10:08:00+03:00"));
    assertEquals(1, desk.runDueTimers());
    clock.set(at("2025-11-05T12:00:00+03:00")); // resolution long overdue: both warnings and the breach at once
    assertEquals(3, desk.runDueTimers());
    assertEquals(0, desk.runDueTimers());

    List<TicketChange> journal = journal();
    assertEquals(List.of("50%", "80%", "50%", "80%"), journal.stream()
        .filter(c -> c instanceof TicketChange.ClockWarning).map(c -> ((TicketChange.ClockWarning) c).threshold()).toList());
    assertEquals(List.of(SlaClockKind.RESPONSE, SlaClockKind.RESOLUTION), journal.stream()
        .filter(c -> c instanceof TicketChange.ClockBreached).map(c -> ((TicketChange.ClockBreached) c).kind()).toList());
    assertEquals(SlaClock.Status.BREACHED, report(SlaClockKind.RESOLUTION).status());
    assertNull(desk.ticket(Fixtures.SUPERVISOR, ticket.id()).nextDueAt(), "nothing left to fire");
  }

  @Test
  void waitingForTheCustomerPausesTheResolutionClock() {
    clock.set(at("2025-11-01T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));
    ticket = desk.execute(Fixtures.EMR_AGENT, new StartWork(ticket.id(), ticket.version()));
    ticket = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(ticket.id(), ticket.version(), "Which ward?"));
    Duration atPause = report(SlaClockKind.RESOLUTION).consumed();
    assertEquals(SlaClock.Status.PAUSED, report(SlaClockKind.RESOLUTION).status());

    clock.set(at("2025-11-06T11:00:00+03:00"));
    assertEquals(atPause, report(SlaClockKind.RESOLUTION).consumed(), "paused time does not count");
    assertEquals(0, desk.runDueTimers(), "a paused clock is not due");
    ticket = desk.execute(Fixtures.HOSPITAL_REQUESTER, new RecordCustomerReply(ticket.id(), ticket.version(), "Cardiology"));

    SlaClock resolution = ticket.clock(SlaClockKind.RESOLUTION).orElseThrow();
    assertEquals(SlaClock.State.RUNNING, resolution.state());
    assertEquals(atPause, resolution.consumed());
    assertEquals(desk.calendarFor(resolution).add(clock.instant(), Duration.ofHours(8).minus(atPause)), resolution.deadline());
  }

  @Test
  void reopeningStartsTheNextCycleWithTheTimeConsumedSoFar() {
    clock.set(at("2025-11-01T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Resolve(ticket.id(), ticket.version(), "Certificate reinstalled"));
    assertEquals(SlaClock.Status.MET, report(SlaClockKind.RESOLUTION).status());
    Duration firstCycle = report(SlaClockKind.RESOLUTION).consumed();

    clock.set(at("2025-11-05T10:00:00+03:00")); // resolved time does not count
    ticket = desk.execute(Fixtures.HOSPITAL_REQUESTER, new Reopen(ticket.id(), ticket.version(), "Still broken"));

    ClockReport reopened = report(SlaClockKind.RESOLUTION);
    assertEquals(2, reopened.cycle());
    assertEquals(SlaClock.Status.RUNNING, reopened.status());
    assertEquals(firstCycle, reopened.consumed());
  }

  @Test
  void aNewUrgencyBringsThePolicysTargetAndCalendarAndKeepsTheElapsedTime() {
    clock.set(at("2025-10-31T17:00:00+03:00"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new ChangeUrgency(ticket.id(), ticket.version(), Urgency.EMERGENCY,
        "the whole cardiology ward is down"));

    // 10 minutes consumed on ru-contact-centre stay consumed; the rest of each target counts on 24x7 from 17:00
    SlaClock response = ticket.clock(SlaClockKind.RESPONSE).orElseThrow();
    assertEquals("emergency", response.policyId());
    assertEquals(Calendars.ALWAYS, response.calendarId());
    assertEquals(Duration.ofMinutes(15), response.target());
    assertEquals(Duration.ofMinutes(10), response.consumed());
    assertEquals(at("2025-10-31T17:05:00+03:00"), response.deadline());
    SlaClock resolution = ticket.clock(SlaClockKind.RESOLUTION).orElseThrow();
    assertEquals(Calendars.ALWAYS, resolution.calendarId());
    assertEquals(at("2025-10-31T20:50:00+03:00"), resolution.deadline(), "4 h less the 10 minutes, through the evening");
    assertTrue(journal().stream().anyMatch(c -> c instanceof TicketChange.ClockTargetChanged t
        && t.kind() == SlaClockKind.RESPONSE && t.policyId().equals("emergency")
        && Calendars.ALWAYS.equals(t.calendarId()) && Duration.ofMinutes(10).equals(t.consumed())));
    clock.set(at("2025-10-31T17:03:00+03:00"));
    assertEquals(Duration.ofMinutes(13), report(SlaClockKind.RESPONSE).consumed(), "nothing counted twice at the change");

    clock.set(at("2025-10-31T17:12:00+03:00"));
    assertEquals(3, desk.runDueTimers(), "both warnings and the breach of the 15-minute response");
    String why = desk.explainClock(Fixtures.SUPERVISOR, ticket.id(), SlaClockKind.RESOLUTION).orElseThrow();
    assertTrue(why.contains("policy emergency (matched on urgency EMERGENCY)"), why);
    assertTrue(why.contains("working time on calendar 24x7"), why);
    String moscow = desk.explainClock(Fixtures.SUPERVISOR, ticket.id(), SlaClockKind.RESOLUTION,
        java.time.ZoneId.of("Europe/Moscow")).orElseThrow();
    assertTrue(moscow.contains("(times in Europe/Moscow)") && moscow.contains("deadline 2025-10-31 20:50"),
        "one zone, the reader's, for a 24x7 clock: " + moscow);
  }

  @Test
  void aRegisteredTicketGetsThePolicyOfItsTypeWhereOneIsGiven() {
    SlaPolicy claims = new SlaPolicy("claims", null, null, null, List.of(
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofDays(10), Calendars.ALWAYS))).forType(TicketType.CLAIM);
    Desk typed = Desk.builder().clock(clock).directory(Fixtures.directory())
        .slaPolicies(SlaPolicies.of(STANDARD, EMERGENCY, claims)).build();

    TicketSnapshot claim = typed.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().type(TicketType.CLAIM)
        .build());
    TicketSnapshot incident = typed.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());

    assertEquals("claims", claim.clock(SlaClockKind.RESOLUTION).orElseThrow().policyId());
    assertEquals(at("2025-11-10T16:50:00+03:00"), claim.clock(SlaClockKind.RESOLUTION).orElseThrow().deadline());
    assertTrue(claim.clock(SlaClockKind.RESPONSE).isEmpty(), "the claims policy sets no response target");
    assertEquals("standard", incident.clock(SlaClockKind.RESOLUTION).orElseThrow().policyId());
  }

  @Test
  void aClockExplainsItsDeadline() {
    clock.set(at("2025-11-01T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));
    ticket = desk.execute(Fixtures.EMR_AGENT, new StartWork(ticket.id(), ticket.version()));
    ticket = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(ticket.id(), ticket.version(), "Which ward?"));
    clock.set(at("2025-11-05T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.HOSPITAL_REQUESTER, new RecordCustomerReply(ticket.id(), ticket.version(), "Cardiology"));

    String why = desk.explainClock(Fixtures.SUPERVISOR, ticket.id(), SlaClockKind.RESOLUTION).orElseThrow();

    assertTrue(why.contains("cycle 1 started (policy standard, target 8 h)"), why);
    assertTrue(why.contains("paused (waiting for the requester) after 52 min"), why);
    assertTrue(why.contains("resumed, deadline"), why);
    assertTrue(why.contains("2025-11-05 Wed"), why);
    assertTrue(desk.explainClock(Fixtures.SUPERVISOR, ticket.id(), SlaClockKind.UPDATE).isEmpty(), "no UPDATE target");
  }

  @Test
  void anUpdateCycleEndsWhenStaffSpeakToTheRequesterAndNotBefore() {
    SlaPolicy withUpdate = new SlaPolicy("update", null, null, null, List.of(
        SlaTarget.of(SlaClockKind.UPDATE, Duration.ofHours(1), Calendars.ALWAYS)));
    Desk updates = Desk.builder().clock(clock).directory(Fixtures.directory()).slaPolicies(SlaPolicies.of(withUpdate)).build();
    TicketSnapshot t = updates.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    Instant registered = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    t = updates.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = updates.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
    assertEquals(1, t.clock(SlaClockKind.UPDATE).orElseThrow().cycle(), "a status change tells the requester nothing new");
    clock.advance(Duration.ofMinutes(39));
    t = updates.execute(Fixtures.EMR_AGENT, new AddComment(t.id(), t.version(), "internal note", true));
    assertEquals(1, t.clock(SlaClockKind.UPDATE).orElseThrow().cycle(), "an internal note is not news for the requester");
    t = updates.execute(Fixtures.EMR_AGENT, new AddComment(t.id(), t.version(), "We are on it", false));
    Instant answered = clock.instant();

    SlaClock update = t.clock(SlaClockKind.UPDATE).orElseThrow();
    assertEquals(2, update.cycle());
    assertEquals(Duration.ZERO, update.consumed());
    assertEquals(answered.plus(Duration.ofHours(1)), update.deadline());

    clock.advance(Duration.ofMinutes(70)); // the second update is late
    t = updates.execute(Fixtures.EMR_AGENT, new AddComment(t.id(), t.version(), "Still on it", false));
    List<ClockCycle> cycles = updates.clockCycles(Fixtures.SUPERVISOR, t.id(), SlaClockKind.UPDATE);
    assertEquals(3, cycles.size());
    assertEquals(new ClockCycle(SlaClockKind.UPDATE, 1, "update", Duration.ofHours(1), registered, answered,
        Duration.ofMinutes(40), SlaClock.Status.MET, List.of()), cycles.get(0));
    assertEquals(SlaClock.Status.BREACHED, cycles.get(1).status());
    assertEquals(Duration.ofMinutes(70), cycles.get(1).consumed());
    assertEquals(SlaClock.Status.RUNNING, cycles.get(2).status());
    assertNull(cycles.get(2).ended());
  }

  @Test
  void aCycleShowsItsPausesWhileTheRequesterIsAsked() {
    clock.set(at("2025-11-01T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.EMR_AGENT, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));
    ticket = desk.execute(Fixtures.EMR_AGENT, new StartWork(ticket.id(), ticket.version()));
    ticket = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(ticket.id(), ticket.version(), "Which ward?"));
    Instant asked = clock.instant();
    clock.set(at("2025-11-05T09:00:00+03:00"));
    ticket = desk.execute(Fixtures.HOSPITAL_REQUESTER, new RecordCustomerReply(ticket.id(), ticket.version(), "Cardiology"));

    ClockCycle resolution = desk.clockCycles(Fixtures.SUPERVISOR, ticket.id(), SlaClockKind.RESOLUTION).get(0);
    assertEquals(List.of(new ClockCycle.Pause(asked, clock.instant(), resolution.pauses().get(0).state())),
        resolution.pauses());
    assertEquals(SlaClock.Status.RUNNING, resolution.status());
  }

  @Test
  void policiesAreChosenMostSpecificFirst() {
    SlaPolicy heating = new SlaPolicy("heating", "heating", null, null, STANDARD.targets());
    SlaPolicy heatingEmergency = new SlaPolicy("heating-emergency", "heating", Urgency.EMERGENCY, null, EMERGENCY.targets());
    SlaPolicies policies = SlaPolicies.of(STANDARD, heating, EMERGENCY, heatingEmergency);

    assertEquals("heating-emergency", policies.select("heating", Urgency.EMERGENCY, null).orElseThrow().id());
    assertEquals("heating", policies.select("heating", Urgency.URGENT, null).orElseThrow().id());
    assertEquals("emergency", policies.select("emr", Urgency.EMERGENCY, null).orElseThrow().id());
    assertEquals("standard", policies.select("emr", Urgency.PLANNED, "SC-1").orElseThrow().id());
  }
}
