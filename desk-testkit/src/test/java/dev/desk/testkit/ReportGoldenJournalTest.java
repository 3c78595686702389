package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.report.Backlog;
import dev.desk.core.quality.DelayExplained;
import dev.desk.core.quality.ServiceRated;
import dev.desk.core.report.Delays;
import dev.desk.core.report.Failures;
import dev.desk.core.report.FirstResolution;
import dev.desk.core.report.Flow;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.Quality;
import dev.desk.core.report.ReportAccess;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.report.SlaCompliance;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports on a journal written by hand, with the figures worked out by hand, traps included: a
 * reopened ticket, a breach still running, a ticket moved to another group mid-period, a clock
 * stopped late after its breach, a calendar edited after the fact.
 */
final class ReportGoldenJournalTest {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Actor HEAD = Actor.supervisor("head");
  private static final Instant DAY = Instant.parse("2026-03-02T00:00:00+03:00");

  private final List<PositionedEvent> journal = new ArrayList<>();
  private final Map<String, TicketId> ids = new HashMap<>();
  private final Map<TicketId, Long> sequences = new HashMap<>();

  private static Instant at(String time) {
    return Instant.parse("2026-03-02T" + time + ":00+03:00");
  }

  private void e(String ticket, String time, TicketChange change) {
    e(ticket, time, ActorRole.SYSTEM, change);
  }

  private void e(String ticket, String time, ActorRole role, TicketChange change) {
    TicketId id = ids.computeIfAbsent(ticket, k -> TicketId.parse(String.format(
        "019cf53a-d700-7000-8000-%012d", ids.size() + 1)));
    long sequence = sequences.merge(id, 1L, Long::sum);
    journal.add(new PositionedEvent(journal.size() + 1L, new JournalEvent(id, sequence, at(time), "x", role, null,
        change)));
  }

  /** An event at an instant of another day. */
  private void eOn(String ticket, String instant, TicketChange change) {
    TicketId id = ids.get(ticket);
    long sequence = sequences.merge(id, 1L, Long::sum);
    journal.add(new PositionedEvent(journal.size() + 1L, new JournalEvent(id, sequence, Instant.parse(instant), "x",
        ActorRole.SYSTEM, null, change)));
  }

  private void registered(String ticket, String time, String category, Urgency urgency, String organisation) {
    e(ticket, time, new TicketChange.Registered(ticket, TicketType.INCIDENT, organisation, "VLG-0001",
        new Requester(null, "Иванова Анна", List.of(), List.of()), Channel.PORTAL, category, urgency, "s", "d", null,
        List.of(), "emr-l1", SupportLine.L1, null, "NEW"));
  }

  private static TicketChange started(SlaClockKind kind, Duration target) {
    return new TicketChange.ClockStarted(kind, "standard", target, "ru-contact-centre", 1, Duration.ZERO,
        Instant.MAX.minusSeconds(1), null);
  }

  private static TicketChange moved(String from, String to) {
    return new TicketChange.StatusChanged(from, to, "X");
  }

  /** The journal of 2 March, all of it inside the working day. */
  private void dayOfWork() {
    // A: response met in 45 min, resolution met in 3 h; resolved, reopened, resolved again
    registered("A", "09:00", "emr", Urgency.URGENT, "gkb-1");
    e("A", "09:00", started(SlaClockKind.RESPONSE, Duration.ofHours(2)));
    e("A", "09:00", started(SlaClockKind.RESOLUTION, Duration.ofHours(16)));
    e("A", "09:30", new TicketChange.Assigned("emr-l1", SupportLine.L1, "petrov"));
    e("A", "09:30", moved("NEW", "ASSIGNED"));
    e("A", "09:45", new TicketChange.ClockStopped(SlaClockKind.RESPONSE, Duration.ofMinutes(45), true, Duration.ZERO));
    e("A", "12:00", new TicketChange.Resolved("Переустановлен сертификат", "certificate"));
    e("A", "12:00", moved("ASSIGNED", "RESOLVED"));
    e("A", "12:00", new TicketChange.ClockStopped(SlaClockKind.RESOLUTION, Duration.ofHours(3), true, Duration.ZERO));
    e("A", "13:00", new TicketChange.Reopened());
    e("A", "13:00", moved("RESOLVED", "IN_PROGRESS"));
    e("A", "13:00", started(SlaClockKind.RESOLUTION, Duration.ofHours(16)));
    e("A", "15:00", new TicketChange.Resolved("Переустановлен сертификат и драйвер", "driver"));
    e("A", "15:00", moved("IN_PROGRESS", "RESOLVED"));
    e("A", "15:00", new TicketChange.ClockStopped(SlaClockKind.RESOLUTION, Duration.ofHours(5), true, Duration.ZERO));
    // B: response breached at 10:00 and still running at the end of the day
    registered("B", "09:00", "lis", Urgency.EMERGENCY, "pol-3");
    e("B", "09:00", started(SlaClockKind.RESPONSE, Duration.ofHours(1)));
    e("B", "10:00", new TicketChange.ClockBreached(SlaClockKind.RESPONSE, at("10:00")));
    // C: response breached at 11:00 in emr-l1, moved to lis-l2 at 12:00, stopped late at 12:30 (counted once),
    // resolution met at 16:00 in lis-l2; closed
    registered("C", "10:00", "emr", Urgency.URGENT, "gkb-1");
    e("C", "10:00", started(SlaClockKind.RESPONSE, Duration.ofHours(1)));
    e("C", "10:00", started(SlaClockKind.RESOLUTION, Duration.ofHours(8)));
    e("C", "11:00", new TicketChange.ClockBreached(SlaClockKind.RESPONSE, at("11:00")));
    e("C", "12:00", new TicketChange.Assigned("lis-l2", SupportLine.L2, "kozlov"));
    e("C", "12:30", new TicketChange.ClockStopped(SlaClockKind.RESPONSE, Duration.ofMinutes(150), false,
        Duration.ofMinutes(90)));
    e("C", "16:00", new TicketChange.Resolved("Исправлена кодировка обмена", "encoding"));
    e("C", "16:00", moved("NEW", "CLOSED"));
    e("C", "16:00", new TicketChange.ClockStopped(SlaClockKind.RESOLUTION, Duration.ofHours(6), true, Duration.ZERO));
  }

  private static BusinessCalendar calendar(String id) {
    return Calendars.builtIn(id).orElseThrow();
  }

  /** E: resolved by the first line at once; F: the first line asked the requester, who answered, then resolved. */
  private void firstLineAnswers() {
    registered("E", "14:00", "emr", Urgency.PLANNED, "gkb-1");
    e("E", "14:10", new TicketChange.Assigned("emr-l1", SupportLine.L1, "petrov"));
    e("E", "14:30", new TicketChange.Resolved("Перезапущена служба печати"));
    e("E", "14:30", moved("ASSIGNED", "RESOLVED"));
    registered("F", "14:00", "emr", Urgency.PLANNED, "gkb-1");
    e("F", "14:20", new TicketChange.StatusChanged("NEW", "WAITING_FOR_CUSTOMER", "REQUEST_INFORMATION"));
    e("F", "14:40", ActorRole.REQUESTER, new TicketChange.Commented("Кабинет 12", false));
    e("F", "15:30", new TicketChange.Resolved("Заменён картридж"));
    e("F", "15:30", moved("WAITING_FOR_CUSTOMER", "RESOLVED"));
    // marks: A 4 and E 5 (petrov's), F 2 then 3 (the latest stands); B's breach explained by a vendor's delay
    e("A", "16:00", ActorRole.REQUESTER, new ServiceRated(4, null));
    e("E", "16:00", ActorRole.REQUESTER, new ServiceRated(5, "Быстро"));
    e("F", "16:00", ActorRole.REQUESTER, new ServiceRated(2, null));
    e("F", "16:30", ActorRole.REQUESTER, new ServiceRated(3, "Передумала"));
    e("B", "16:40", ActorRole.AGENT, new DelayExplained(SlaClockKind.RESPONSE, 1, "vendor", "Ждём поставщика ЛИС"));
  }

  private Reports reports(BusinessCalendar calendar) {
    return reports(calendar, Instant.parse("2026-03-20T12:00:00Z"));
  }

  private Reports reports(BusinessCalendar calendar, Instant now) {
    return reports(CalendarHistory.of(calendar), now);
  }

  private Reports reports(CalendarHistory calendar, Instant now) {
    ReportModel model = new ReportModel(Lifecycles.standard());
    journal.forEach(model::onEvent);
    return new Reports(model, MOSCOW, calendar, FakeClock.at(now.toString()),
        ReportAccess.leads(Map.of("emr-l1", "ivanova")));
  }

  @Test
  void slaComplianceCountsEachCycleOnceWhereItWasDecidedRunningBreachesIncluded() {
    dayOfWork();
    SlaCompliance byGroup = reports(calendar(Calendars.ALWAYS)).slaCompliance(HEAD, DAY, DAY.plus(Duration.ofDays(1)),
        List.of(Grouping.GROUP));
    // response: A met (emr-l1), B breached and running (emr-l1: B never moved), C breached in emr-l1 at 11:00;
    // resolution: A met twice (two cycles, emr-l1), C met in lis-l2
    assertEquals(List.of(
        new SlaCompliance.Row(SlaClockKind.RESPONSE, List.of("emr-l1"), 1, 2, Duration.ofHours(1),
            Duration.ofHours(1)),
        new SlaCompliance.Row(SlaClockKind.RESOLUTION, List.of("emr-l1"), 2, 0, Duration.ofHours(3),
            Duration.ofHours(5)),
        new SlaCompliance.Row(SlaClockKind.RESOLUTION, List.of("lis-l2"), 1, 0, Duration.ofHours(6),
            Duration.ofHours(6))), byGroup.rows());
    assertEquals(1.0 / 3, byGroup.rows().get(0).compliance(), 1e-9);
    assertEquals(SlaCompliance.DEFINITION, byGroup.definition());
  }

  @Test
  void aCalendarEditedAfterTheFactChangesNoSlaFigure() {
    dayOfWork();
    List<Grouping> by = List.of(Grouping.CATEGORY, Grouping.URGENCY);
    SlaCompliance before = reports(calendar(Calendars.ALWAYS)).slaCompliance(HEAD, DAY, DAY.plus(Duration.ofDays(1)), by);
    SlaCompliance after = reports(calendar(Calendars.RU_CONTACT_CENTRE)).slaCompliance(HEAD, DAY,
        DAY.plus(Duration.ofDays(1)), by);
    assertEquals(before, after);
  }

  @Test
  void aCalendarEditedAfterTheFactChangesNoAgeOrWindowBeforeTheEdit() {
    dayOfWork();
    firstLineAnswers();
    eOn("E", "2026-03-05T10:00:00+03:00", new TicketChange.Reopened());
    Instant now = Instant.parse("2026-03-20T12:00:00Z");
    BusinessCalendar always = calendar(Calendars.ALWAYS);
    CalendarHistory asItWas = CalendarHistory.of(always);
    // on 10 March the centre declares 2 to 4 March days off after the fact: a version in force from then on
    BusinessCalendar.Builder closed = BusinessCalendar.builder(Calendars.ALWAYS).zone(always.zone())
        .schedule(always.schedule());
    for (int day = 2; day <= 4; day++) {
      closed.override(LocalDate.of(2026, 3, day), List.of());
    }
    CalendarHistory edited = asItWas.edited(Instant.parse("2026-03-10T00:00:00+03:00"), closed.build());
    CalendarHistory rewritten = CalendarHistory.of(closed.build()); // what GLPI does: the calendar of the day

    Backlog before = reports(asItWas, now).backlog(HEAD, at("17:00"), List.of());
    assertEquals(List.of(0L, 0L, 1L, 0L, 0L), before.rows().get(0).byAge(), "B, open 8 hours around the clock");
    assertEquals(before, reports(edited, now).backlog(HEAD, at("17:00"), List.of()));
    assertEquals(List.of(1L, 0L, 0L, 0L, 0L), reports(rewritten, now).backlog(HEAD, at("17:00"), List.of()).rows()
        .get(0).byAge(), "counted on the new version, B would not have aged at all");

    // E, resolved by the first line on 2 March, reopened on 5 March: after its two working days (3 and 4 March)
    List<Grouping> none = List.of();
    FirstResolution fcr = reports(asItWas, now).firstResolution(HEAD, DAY, DAY.plus(Duration.ofDays(1)), none, 2);
    assertEquals(fcr, reports(edited, now).firstResolution(HEAD, DAY, DAY.plus(Duration.ofDays(1)), none, 2));
    assertEquals(fcr.rows().get(0).firstLine() - 1, reports(rewritten, now).firstResolution(HEAD, DAY,
        DAY.plus(Duration.ofDays(1)), none, 2).rows().get(0).firstLine(),
        "on the new version E's window would hold 5 March");
  }

  @Test
  void theBacklogIsWhatWasOpenAtTheInstantNotCreatedMinusClosed() {
    dayOfWork();
    Reports reports = reports(calendar(Calendars.ALWAYS));
    // 12:30: A resolved (out), B open, C open (in lis-l2 since 12:00)
    Backlog noon = reports.backlog(HEAD, at("12:30"), List.of(Grouping.GROUP));
    assertEquals(List.of(new Backlog.Row(List.of("emr-l1"), 1, List.of(0L, 1L, 0L, 0L, 0L)),
        new Backlog.Row(List.of("lis-l2"), 1, List.of(0L, 1L, 0L, 0L, 0L))), noon.rows());
    // 13:30: A reopened is back
    assertEquals(3, reports.backlog(HEAD, at("13:30"), List.of()).open());
    // 17:00: A resolved again, C closed; B open for 8 hours
    assertEquals(List.of(new Backlog.Row(List.of(), 1, List.of(0L, 0L, 1L, 0L, 0L))),
        reports.backlog(HEAD, at("17:00"), List.of()).rows());
  }

  @Test
  void outflowCountsATicketReopenedAndResolvedAgainOnceAndNotOneReopenedAtTheEnd() {
    dayOfWork();
    Reports reports = reports(calendar(Calendars.ALWAYS));
    Flow day = reports.flow(HEAD, DAY, DAY.plus(Duration.ofDays(1)), List.of(Grouping.CATEGORY));
    // in: A, B, C; out: A once, C
    assertEquals(List.of(new Flow.Row(List.of("emr"), 2, 2), new Flow.Row(List.of("lis"), 1, 0)), day.rows());
    // up to 13:30 A is back in the backlog: no outflow of A
    Flow morning = reports.flow(HEAD, DAY, at("13:30"), List.of());
    assertEquals(List.of(new Flow.Row(List.of(), 3, 0)), morning.rows());
  }

  @Test
  void firstResolutionCountsEachTicketOnceAndLeavesOpenWindowsPending() {
    dayOfWork();
    firstLineAnswers();
    BusinessCalendar office = calendar(Calendars.RU_CONTACT_CENTRE);
    Instant to = DAY.plus(Duration.ofDays(1));
    // A reopened within 5 working days (neither), C handed to L2 (neither), E first line and first contact,
    // F first line after asking the requester
    FirstResolution settled = reports(office).firstResolution(HEAD, DAY, to, List.of(), 5);
    assertEquals(List.of(new FirstResolution.Row(List.of(), 4, 0, 2, 1)), settled.rows());
    assertEquals(0.5, settled.rows().get(0).firstLineRate(), 1e-9);
    assertEquals(0.25, settled.rows().get(0).firstContactRate(), 1e-9);
    // the next morning only A's reopen is known: C, E and F may still be reopened
    FirstResolution early = reports(office, Instant.parse("2026-03-03T09:00:00+03:00")).firstResolution(HEAD, DAY,
        to, List.of(), 5);
    assertEquals(List.of(new FirstResolution.Row(List.of(), 4, 3, 0, 0)), early.rows());
  }

  @Test
  void qualityPerAgentCountsResolutionsReopensBreachesAndFirstResponse() {
    dayOfWork();
    firstLineAnswers();
    Quality q = reports(calendar(Calendars.RU_CONTACT_CENTRE)).quality(HEAD, DAY, DAY.plus(Duration.ofDays(1)),
        List.of(Grouping.AGENT), 5);
    assertEquals(List.of(
        new Quality.Row(List.of("-"), 1, 0, 2, 2, Duration.ofHours(1), 1, 3.0),
        new Quality.Row(List.of("kozlov"), 1, 0, 1, 0, null, 0, null),
        new Quality.Row(List.of("petrov"), 2, 1, 3, 0, Duration.ofMinutes(45), 2, 4.5)), q.rows());
    assertEquals(0.5, q.rows().get(2).reopenRate(), 1e-9);
    assertEquals(null, q.rows().get(1).firstResponse(), "no response decided: absent, not zero");
  }

  @Test
  void theMostFrequentFailuresComeFirstAgainstThePeriodBefore() {
    dayOfWork();
    // P: an EMR incident the day before
    ids.put("P", TicketId.parse("019cf53a-d700-7000-8000-000000000099"));
    journal.add(new PositionedEvent(journal.size() + 1L, new JournalEvent(ids.get("P"), 1,
        Instant.parse("2026-03-01T10:00:00+03:00"), "x", ActorRole.SYSTEM, null, new TicketChange.Registered("P",
        TicketType.INCIDENT, "gkb-1", "VLG-0001", new Requester(null, "Петров", List.of(), List.of()),
        Channel.PHONE, "emr", Urgency.URGENT, "s", "d", null, List.of(), "emr-l1", SupportLine.L1, null, "NEW"))));
    Reports reports = reports(calendar(Calendars.ALWAYS));
    Instant to = DAY.plus(Duration.ofDays(1));
    Failures byCategory = reports.failures(HEAD, DAY, to, List.of(Grouping.CATEGORY));
    assertEquals(List.of(new Failures.Row(List.of("emr"), 2, 1, 2.0 / 3, 2.0 / 3),
        new Failures.Row(List.of("lis"), 1, 0, 1.0 / 3, 1.0)), byCategory.rows());
    assertEquals(1, byCategory.rows().get(0).trend());
    // the cause of A's latest resolution (driver), C's (encoding), none yet for B
    assertEquals(List.of(List.of("-"), List.of("driver"), List.of("encoding")),
        reports.failures(HEAD, DAY, to, List.of(Grouping.CAUSE)).rows().stream().map(Failures.Row::key).toList());
  }

  @Test
  void breachesAreGroupedByTheReasonOfDelayGivenForThem() {
    dayOfWork();
    firstLineAnswers();
    Delays delays = reports(calendar(Calendars.ALWAYS)).delays(HEAD, DAY, DAY.plus(Duration.ofDays(1)),
        List.of(Grouping.CATEGORY));
    // B's response breach explained, C's not
    assertEquals(List.of(new Delays.Row(List.of("emr"), "-", 1), new Delays.Row(List.of("lis"), "vendor", 1)),
        delays.rows());
  }

  @Test
  void eachReaderCountsOnlyWhatTheyMaySee() {
    dayOfWork();
    Reports reports = reports(calendar(Calendars.ALWAYS));
    Instant to = DAY.plus(Duration.ofDays(1));
    SlaCompliance lab = reports.slaCompliance(Actor.agent("kozlov", "lis-l2"), DAY, to, List.of());
    assertEquals(List.of(new SlaCompliance.Row(SlaClockKind.RESOLUTION, List.of(), 1, 0, Duration.ofHours(6),
        Duration.ofHours(6))), lab.rows(), "only C's resolution, decided in lis-l2");
    SlaCompliance clinic = reports.slaCompliance(Actor.requester("orlova", "pol-3"), DAY, to, List.of());
    assertEquals(List.of(new SlaCompliance.Row(SlaClockKind.RESPONSE, List.of(), 0, 1, Duration.ofHours(1),
        Duration.ofHours(1))), clinic.rows(), "only B, of the clinic");
    SlaCompliance lead = reports.slaCompliance(Actor.agent("ivanova"), DAY, to, List.of());
    assertEquals(List.of(new SlaCompliance.Row(SlaClockKind.RESPONSE, List.of(), 1, 2, Duration.ofHours(1),
        Duration.ofHours(1)), new SlaCompliance.Row(SlaClockKind.RESOLUTION, List.of(), 2, 0, Duration.ofHours(3),
        Duration.ofHours(5))), lead.rows(), "the lead of emr-l1: A, B and C's response, decided in emr-l1");
    SlaCompliance own = reports.slaCompliance(Actor.agent("petrov", "emr-l1"), DAY, to, List.of());
    assertEquals(List.of(new SlaCompliance.Row(SlaClockKind.RESPONSE, List.of(), 1, 0, Duration.ofMinutes(45),
        Duration.ofMinutes(45)), new SlaCompliance.Row(SlaClockKind.RESOLUTION, List.of(), 2, 0, Duration.ofHours(3),
        Duration.ofHours(5))), own.rows(), "an agent of emr-l1 who leads nothing: only A, his own");
    assertThrows(AccessDeniedException.class, () -> reports.slaCompliance(Actor.requester("orlova", "pol-3"), DAY,
        to, List.of(Grouping.AGENT)));
    assertThrows(AccessDeniedException.class, () -> reports.backlog(Actor.requester("orlova", "pol-3"), DAY,
        List.of()));
  }

  @Test
  void badInputIsNamed() {
    Reports reports = reports(calendar(Calendars.ALWAYS));
    for (Instant[] period : new Instant[][] {{DAY, DAY}, {DAY.plusSeconds(1), DAY},
        {DAY, DAY.plus(Duration.ofDays(400))}}) {
      ValidationException bad = assertThrows(ValidationException.class,
          () -> reports.slaCompliance(HEAD, period[0], period[1], List.of()));
      assertEquals(List.of("to"), bad.violations().stream().map(Violation::path).toList());
    }
    ValidationException unknown = assertThrows(ValidationException.class, () -> Grouping.parse("category,colour"));
    assertEquals("a report cannot be grouped by colour; groupings: category, urgency, organisation, group, agent,"
        + " type, service-contract, cause, day, week, month", unknown.violations().get(0).message(java.util.Locale.ENGLISH));
    assertEquals(List.of(Grouping.CATEGORY, Grouping.SERVICE_CONTRACT), Grouping.parse("Category, service-contract"));
    assertThrows(ValidationException.class, () -> reports.backlog(HEAD, DAY, List.of(Grouping.DAY)));
  }
}
