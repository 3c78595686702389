package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.journal.JournalFollower;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.report.ShiftReport;
import dev.desk.core.shift.AcceptHandover;
import dev.desk.core.shift.HandOver;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shift's end (002): the outgoing agent hands over what is still open with its next step, the
 * incoming one takes it over, and the shift report reads the same whenever it is made.
 */
final class ShiftHandoverTest {

  private static final String SHIFT = "emr-l1 2026-03-16 day";
  private final FakeClock clock = FakeClock.at("2026-03-16T15:00:00+03:00");
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final Desk desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
      .slaPolicies(SlaPolicies.of(new SlaPolicy("standard", null, null, null, List.of(
          SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(16), Calendars.RU_CONTACT_CENTRE)))))
      .withoutClassification().build();

  private ShiftReport report(Instant end) {
    ReportModel model = new ReportModel(desk.lifecycle());
    JournalFollower follower = desk.follow(model, 0);
    while (follower.poll() > 0) {
      // the whole journal
    }
    return new Reports(model, ZoneId.of("Europe/Moscow"), Calendars.builtIn(Calendars.RU_CONTACT_CENTRE)
        .orElseThrow(), clock).shift(Fixtures.SUPERVISOR, "emr-l1", SHIFT, end);
  }

  @Test
  void whatIsStillOpenIsHandedOverWithItsTimeLeftAndTheReportNeverChanges() {
    TicketSnapshot x = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    clock.advance(Duration.ofMinutes(10));
    x = desk.execute(Fixtures.EMR_AGENT, new Assign(x.id(), x.version(), "emr-l1", null, "petrov", null));
    TicketSnapshot y = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    TicketSnapshot z = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    z = desk.execute(Fixtures.EMR_AGENT, new Assign(z.id(), z.version(), "emr-l1", null, "petrov", null));
    TicketSnapshot solved = desk.execute(Fixtures.EMR_AGENT, new Resolve(z.id(), z.version(), "Готово"));

    clock.advance(Duration.ofMinutes(122)); // 17:12, the end of the working day
    Instant end = clock.instant();
    TicketSnapshot handed = desk.execute(Fixtures.EMR_AGENT, new HandOver(x.id(), x.version(), SHIFT,
        "Позвонить в кардиологию после 9:00 и проверить сертификат"));
    ValidationException closed = assertThrows(ValidationException.class, () -> desk.execute(Fixtures.EMR_AGENT,
        new HandOver(solved.id(), solved.version(), SHIFT, "нечего")));
    assertEquals("ticketId", closed.violations().get(0).path());
    TicketSnapshot h = handed;
    assertThrows(AccessDeniedException.class, () -> desk.execute(Fixtures.HOSPITAL_REQUESTER,
        new AcceptHandover(h.id(), h.version(), SHIFT)));

    // the next morning the incoming agent takes it over
    clock.advance(Duration.ofHours(15).plusMinutes(28));
    desk.execute(Fixtures.EMR_AGENT_2, new AcceptHandover(handed.id(), handed.version(), SHIFT));

    // 16 h of working time, 2 h 12 min of them used from 15:00 to 17:12
    ShiftReport.Row xRow = new ShiftReport.Row(x.number(), end, "petrov", Duration.ofHours(13).plusMinutes(48),
        new ShiftReport.Action("ticket.status-changed", "petrov", end.minusSeconds(122 * 60)),
        "Позвонить в кардиологию после 9:00 и проверить сертификат", "smirnova", clock.instant());
    ShiftReport.Row yRow = new ShiftReport.Row(y.number(), null, null, null, null, null, null, null);
    ShiftReport first = report(end);
    assertEquals(List.of(xRow, yRow), first.rows());

    // a day of work later, the shift's report is still what it was
    clock.advance(Duration.ofHours(3));
    TicketSnapshot later = desk.ticket(Fixtures.SUPERVISOR, x.id());
    desk.execute(Fixtures.EMR_AGENT_2, new AddComment(later.id(), later.version(), "Сертификат обновлён", false));
    assertEquals(first, report(end));
  }
}
