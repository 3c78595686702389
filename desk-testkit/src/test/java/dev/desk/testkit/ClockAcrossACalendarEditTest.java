package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.WeeklySchedule;
import dev.desk.core.calendar.WorkingInterval;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clock still running when its calendar is edited counts each stretch on the version in force
 * while it passed: the desk restarted with the edit (a version from noon) counts the morning on
 * the old hours and the afternoon on the new, never the whole segment on the new.
 */
final class ClockAcrossACalendarEditTest {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  /** Office hours, 09:00 to 18:00 on weekdays. */
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder("centre").zone(MOSCOW)
      .schedule(WeeklySchedule.weekdays(WorkingInterval.of("09:00", "18:00"))).build();
  /** The same centre around the clock, from the edit on. */
  private static final BusinessCalendar AROUND_THE_CLOCK = BusinessCalendar.builder("centre").zone(MOSCOW)
      .schedule(WeeklySchedule.allDay()).build();
  private static final SlaPolicies POLICIES = SlaPolicies.of(new SlaPolicy("standard", null, null, null, List.of(
      SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(16), "centre"))));

  private static Desk desk(InMemoryTicketStore store, FakeClock clock, CalendarHistory calendar) {
    return Desk.builder().clock(clock).store(store).directory(Fixtures.directory()).slaPolicies(POLICIES)
        .calendar(calendar).withoutClassification().build();
  }

  @Test
  void aRunningClockCountsTheTimeBeforeAnEditOnTheVersionThen() {
    InMemoryTicketStore store = new InMemoryTicketStore();
    FakeClock clock = FakeClock.at("2026-03-02T08:00:00+03:00"); // Monday, before the office opens
    TicketSnapshot t = desk(store, clock, CalendarHistory.of(OFFICE)).register(Fixtures.SYSTEM,
        Fixtures.hospitalTicket().build());
    clock.advance(Duration.ofHours(7)); // 15:00

    // restarted at 15:00 with the centre around the clock from noon on
    CalendarHistory edited = CalendarHistory.of(OFFICE).edited(Instant.parse("2026-03-02T12:00:00+03:00"),
        AROUND_THE_CLOCK);
    Desk after = desk(store, clock, edited);
    // 09:00-12:00 on office hours (3 h; 08:00-09:00 was closed), 12:00-15:00 around the clock (3 h)
    assertEquals(Duration.ofHours(6), after.clock(Fixtures.SUPERVISOR, t.id(), SlaClockKind.RESOLUTION)
        .orElseThrow().consumed());
    // the whole segment on the new version would count the closed hour before nine: 7 h
    assertEquals(Duration.ofHours(7), desk(store, clock, CalendarHistory.of(AROUND_THE_CLOCK))
        .clock(Fixtures.SUPERVISOR, t.id(), SlaClockKind.RESOLUTION).orElseThrow().consumed());
  }

  @Test
  void aDeadlineCountedAcrossAnEditIsCountedOnEachVersion() {
    CalendarHistory edited = CalendarHistory.of(OFFICE).edited(Instant.parse("2026-03-02T12:00:00+03:00"),
        AROUND_THE_CLOCK);
    // 16 h from Monday 08:00: 3 h on office hours to noon, then 13 h around the clock: Tuesday 01:00
    assertEquals(Instant.parse("2026-03-03T01:00:00+03:00"),
        edited.add(Instant.parse("2026-03-02T08:00:00+03:00"), Duration.ofHours(16)));
  }
}
