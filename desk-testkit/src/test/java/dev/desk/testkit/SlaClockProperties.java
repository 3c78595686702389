package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Laws of SLA clocks on the contact-centre calendar, at random instants. */
final class SlaClockProperties {

  private static final BusinessCalendar CALENDAR = Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow();
  private static final Instant BASE = Instant.parse("2025-01-09T05:30:00Z");

  private static Desk desk(FakeClock clock) {
    return Desk.builder().clock(clock).directory(Fixtures.directory())
        .slaPolicies(SlaPolicies.of(SlaClockTest.STANDARD, SlaClockTest.EMERGENCY)).build();
  }

  @Test
  void pausingForAnyCalendarTimeNeverChangesTheWorkingTimeConsumed() {
    qt().withExamples(200).forAll(integers().between(0, 700 * 24 * 60), integers().between(1, 480),
            integers().between(1, 90 * 24 * 60))
        .checkAssert((startMinute, workMinutes, pauseMinutes) -> {
          FakeClock clock = FakeClock.at(BASE.plus(Duration.ofMinutes(startMinute)), CALENDAR.zone());
          Desk desk = desk(clock);
          TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
          t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
          t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
          clock.set(CALENDAR.add(clock.instant(), Duration.ofMinutes(workMinutes)));
          t = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(t.id(), t.version(), "Which ward?"));
          Duration atPause = desk.clock(Fixtures.SUPERVISOR, t.id(), SlaClockKind.RESOLUTION).orElseThrow().consumed();
          clock.advance(Duration.ofMinutes(pauseMinutes));
          desk.runDueTimers();
          t = desk.execute(Fixtures.HOSPITAL_REQUESTER, new RecordCustomerReply(t.id(), t.version(), "Cardiology"));
          SlaClock resolution = t.clock(SlaClockKind.RESOLUTION).orElseThrow();
          org.junit.jupiter.api.Assertions.assertEquals(Duration.ofMinutes(workMinutes), atPause);
          org.junit.jupiter.api.Assertions.assertEquals(atPause, resolution.consumed());
          org.junit.jupiter.api.Assertions.assertEquals(SlaClock.State.RUNNING, resolution.state());
        });
  }

  @Test
  void aTicketResolvedBeforeItsDeadlineIsMetAndNeverBreached() {
    qt().withExamples(200).forAll(integers().between(0, 700 * 24 * 60), integers().between(1, 479),
            lists().of(integers().between(0, 479)).ofSizeBetween(0, 6))
        .checkAssert((startMinute, resolveAfter, sweepsAt) -> {
          FakeClock clock = FakeClock.at(BASE.plus(Duration.ofMinutes(startMinute)), CALENDAR.zone());
          Desk desk = desk(clock);
          TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
          Instant registered = clock.instant();
          t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
          for (int minute : sweepsAt.stream().sorted().filter(m -> m < resolveAfter).toList()) {
            clock.set(CALENDAR.add(registered, Duration.ofMinutes(minute)));
            desk.runDueTimers();
          }
          clock.set(CALENDAR.add(registered, Duration.ofMinutes(resolveAfter)));
          t = desk.execute(Fixtures.EMR_AGENT, new Resolve(desk.ticket(Fixtures.SUPERVISOR, t.id()).id(),
              desk.ticket(Fixtures.SUPERVISOR, t.id()).version(), "Fixed"));
          clock.advance(Duration.ofDays(30));
          desk.runDueTimers();
          org.junit.jupiter.api.Assertions.assertEquals(SlaClock.Status.MET,
              desk.ticket(Fixtures.SUPERVISOR, t.id()).clock(SlaClockKind.RESOLUTION).orElseThrow().status());
          org.junit.jupiter.api.Assertions.assertTrue(desk.journal(Fixtures.SUPERVISOR, t.id()).stream().noneMatch(e ->
              e.change() instanceof TicketChange.ClockBreached b && b.kind() == SlaClockKind.RESOLUTION));
        });
  }

  @Test
  void aReclassificationKeepsTheTimeConsumedAndCountsTheRestOnTheNewPolicysCalendar() {
    qt().withExamples(200).forAll(integers().between(0, 700 * 24 * 60), integers().between(0, 5 * 24 * 60),
            integers().between(0, 1))
        .checkAssert((startMinute, changeAfter, direction) -> {
          boolean raise = direction == 0; // raised to an emergency (24x7), or lowered to the standard policy
          FakeClock clock = FakeClock.at(BASE.plus(Duration.ofMinutes(startMinute)), CALENDAR.zone());
          Desk desk = desk(clock);
          TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket()
              .urgency(raise ? Urgency.PLANNED : Urgency.EMERGENCY).build());
          clock.advance(Duration.ofMinutes(changeAfter));
          Instant change = clock.instant();
          SlaClock before = desk.ticket(Fixtures.SUPERVISOR, t.id()).clock(SlaClockKind.RESOLUTION).orElseThrow();
          Duration consumed = before.consumed().plus(desk.calendarFor(before).between(before.runningSince(), change));

          t = desk.execute(Fixtures.EMR_AGENT, new ChangeUrgency(t.id(), t.version(),
              raise ? Urgency.EMERGENCY : Urgency.PLANNED, "reclassified"));

          SlaClock after = t.clock(SlaClockKind.RESOLUTION).orElseThrow();
          SlaPolicy policy = raise ? SlaClockTest.EMERGENCY : SlaClockTest.STANDARD;
          SlaTarget target = policy.target(SlaClockKind.RESOLUTION).orElseThrow();
          assertEquals(policy.id(), after.policyId());
          assertEquals(target.calendarId(), after.calendarId(), "the new policy's calendar");
          assertEquals(consumed, after.consumed(), "the working time consumed is kept");
          Duration left = target.duration().minus(consumed);
          // what remains of the new target lies between the change and the deadline, on the new calendar
          assertEquals(left.isNegative() ? Duration.ZERO : left, desk.calendarFor(after).between(change,
              after.deadline()));
        });
  }
}
