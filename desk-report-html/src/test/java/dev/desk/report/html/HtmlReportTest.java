package dev.desk.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.directory.Directory;
import dev.desk.core.journal.JournalFollower;
import dev.desk.core.quality.ExplainDelay;
import dev.desk.core.quality.RateService;
import dev.desk.core.shift.HandOver;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of a small day, against its golden file (the chart library left out, which is
 * Chart.js's own): figures, definitions, chart data and escaping. Run with {@code
 * -Ddesk.golden.update=true} to write the golden file anew after a deliberate change, and read
 * the difference before committing it.
 */
final class HtmlReportTest {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/day-report.html");

  /**
   * Three tickets on 16 March: one resolved naming its cause and marked 4, one breaching its
   * response for a reason given, one waiting and handed over to the next shift.
   */
  private static Reports dayOfWork(FakeClock clock) {
    Directory directory = Directory.builder().organisation(Fixtures.HOSPITAL).category(Fixtures.EMR)
        .category(Fixtures.HEATING).organisation(Fixtures.BOILER_HOUSE).cause("driver", "Printer <driver>")
        .delayReason("vendor", "Waiting for the vendor").build();
    SlaPolicy policy = new SlaPolicy("standard", null, null, null, java.util.List.of(
        SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(30), Calendars.ALWAYS),
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(4), Calendars.ALWAYS)));
    Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(directory)
        .slaPolicies(SlaPolicies.of(policy)).withoutClassification().build();
    TicketSnapshot a = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    clock.advance(Duration.ofMinutes(10));
    a = desk.execute(Fixtures.EMR_AGENT, new Assign(a.id(), a.version(), "emr-l1", null, "petrov", null));
    a = desk.execute(Fixtures.EMR_AGENT, new StartWork(a.id(), a.version()));
    clock.advance(Duration.ofMinutes(50));
    a = desk.execute(Fixtures.EMR_AGENT, new Resolve(a.id(), a.version(), "Переустановлен драйвер", "driver"));
    desk.execute(Fixtures.HOSPITAL_REQUESTER, new RateService(a.id(), a.version(), 4, "Спасибо <3"));
    TicketSnapshot heat = desk.register(Fixtures.BOILER_REQUESTER, Fixtures.hospitalTicket()
        .organisation(Fixtures.BOILER_HOUSE.id(), Fixtures.BOILER_HOUSE.supportCode())
        .category(Fixtures.HEATING.id()).subject("Нет отопления <в цехе>").build());
    clock.advance(Duration.ofHours(1));
    desk.runDueTimers();
    heat = desk.ticket(Fixtures.SUPERVISOR, heat.id());
    desk.execute(Fixtures.HEAT_AGENT, new ExplainDelay(heat.id(), heat.version(), SlaClockKind.RESPONSE, "vendor",
        null));
    TicketSnapshot waiting = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    clock.advance(Duration.ofMinutes(30));
    desk.execute(Fixtures.EMR_AGENT, new HandOver(waiting.id(), waiting.version(), "emr-l1 day",
        "Call the <ward> back"));
    ReportModel model = new ReportModel(desk.lifecycle());
    JournalFollower follower = desk.follow(model, 0);
    while (follower.poll() > 0) {
      // the whole journal
    }
    return new Reports(model, MOSCOW, Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow(), clock);
  }

  private static String withoutLibrary(String html) throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream("chart.umd.min.js")) {
      String library = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(html.contains(library), "the chart library is in the file");
      return html.replace(library, "/* Chart.js 4.6.1, bundled */");
    }
  }

  @Test
  void theDayReadsAsItsGoldenFileAndNeedsNoNetwork() throws IOException {
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
    Reports reports = dayOfWork(clock);
    Instant day = Instant.parse("2026-03-16T00:00:00+03:00");
    String html = HtmlReport.of(reports, Fixtures.SUPERVISOR, MOSCOW, "City <Hospital> & Boiler House")
        .render(day, day.plus(Duration.ofDays(1)));
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is fetched from the network");
    assertEquals(4, html.split("<canvas ", -1).length - 1, "four charts");
    String text = withoutLibrary(html);
    if (Boolean.getBoolean("desk.golden.update")) {
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text);
  }

  @Test
  void aRequesterGetsNoReport() {
    Reports reports = dayOfWork(FakeClock.at("2026-03-16T09:00:00+03:00"));
    Instant day = Instant.parse("2026-03-16T00:00:00+03:00");
    assertThrows(AccessDeniedException.class, () -> HtmlReport.of(reports, Fixtures.HOSPITAL_REQUESTER, MOSCOW, "x")
        .render(day, day.plus(Duration.ofDays(1))));
  }
}
