package dev.desk.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.report.Backlog;
import dev.desk.core.report.Delays;
import dev.desk.core.report.Failures;
import dev.desk.core.report.FirstResolution;
import dev.desk.core.report.Flow;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.Quality;
import dev.desk.core.report.ReportAccess;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.report.ShiftReport;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.core.report.SlaCompliance;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.report.html.HtmlReport;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.Actor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code desk report}: reports from the journal of the demo's H2 file (or the database of {@code
 * --db}), as CSV or JSON, each with the definition of its figures.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Reports from the journal of the tickets in the H2 file (or --db): SLA compliance, backlog, inflow and "
        + "outflow, as CSV or JSON.",
    subcommands = {ReportCommand.Sla.class, ReportCommand.BacklogAt.class, ReportCommand.FlowIn.class,
        ReportCommand.Fcr.class, ReportCommand.QualityOf.class, ReportCommand.FailuresIn.class,
        ReportCommand.DelaysIn.class, ReportCommand.ShiftOf.class, ReportCommand.Html.class})
final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return DeskCommand.USAGE;
  }

  /** Where the journal is, how the report reads time, and its output. */
  static final class Source {

    @Mixin
    StoreOptions store;

    @Option(names = "--zone", defaultValue = "Europe/Moscow",
        description = "The time zone of dates, days, weeks and months. The default is ${DEFAULT-VALUE}.")
    ZoneId zone;

    @Option(names = "--calendar", defaultValue = Calendars.RU_CONTACT_CENTRE,
        description = "The calendar ages are counted on: ru-contact-centre, kz-standard or 24x7. The default is "
            + "${DEFAULT-VALUE}.")
    String calendar;

    @Option(names = "--by", defaultValue = "", description = "Group by: category, urgency, organisation, group, agent, "
        + "type, service-contract, day, week, month (comma-separated).")
    String by;

    @Option(names = "--format", defaultValue = "csv", description = "The output: csv or json. The default is ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--lead", paramLabel = "ID", description = "Read as this group lead: only the tickets of the "
        + "groups the stored service directory says they lead, and their own. Without it the report is the head of "
        + "service's, with every ticket.")
    String lead;

    /** The report's reader: the head of service, or the lead named. */
    Actor reader() {
      return lead == null ? Actor.supervisor("desk-cli") : Actor.agent(lead);
    }

    Reports reports(JdbcTicketStore store) {
      BusinessCalendar ages = Calendars.builtIn(calendar).orElseThrow(() -> new DeskException(
          ErrorCode.VALIDATION_FAILED, "No calendar " + calendar + "; the built-in ones: " + Calendars.builtInIds()));
      ReportAccess access = ServiceDirectory.load(store).map(ReportAccess::of).orElse(ReportAccess.withoutLeads());
      if (lead != null && access.groupsLedBy(lead).isEmpty()) {
        throw new DeskException(ErrorCode.VALIDATION_FAILED, "--lead: " + lead
            + " leads no group in the stored service directory");
      }
      return new Reports(ReportModel.rebuilt(store, Lifecycles.standard()), zone, CalendarHistory.of(ages),
          Clock.system(zone), access);
    }

    JdbcTicketStore open() {
      JdbcTicketStore opened = store.open();
      opened.knowKinds(ReportModel.kinds()); // read without a desk: the quality feature's kinds, typed
      return opened;
    }

    List<Grouping> groupings() {
      return Grouping.parse(by);
    }

    /** The period's first instant. */
    Instant from(PeriodOptions period) {
      return instant(period.from, "--from");
    }

    /** The instant after the period. */
    Instant to(PeriodOptions period) {
      return instant(period.to, "--to");
    }

    /** A date (its start in the zone) or a date and time with its offset. */
    Instant instant(String value, String option) {
      try {
        return value.contains("T") ? OffsetDateTime.parse(value).toInstant()
            : LocalDate.parse(value).atStartOfDay(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new DeskException(ErrorCode.VALIDATION_FAILED, option + ": " + value
            + " is neither a date (2026-03-02) nor a date and time with its offset (2026-03-02T12:00+03:00)");
      }
    }

    void print(PrintWriter out, Object report, String definition, List<String> header, List<List<String>> rows) {
      try {
        if (format.equals("json")) {
          out.println(JSON.writeValueAsString(report));
        } else if (format.equals("csv")) {
          // the definition goes with the figures, as a comment line CSV readers can skip (# in pandas, Jackson)
          out.println("# " + definition);
          List<List<String>> all = new ArrayList<>();
          all.add(header);
          all.addAll(rows);
          out.print(CSV.writer(CsvSchema.emptySchema()).writeValueAsString(all));
        } else {
          throw new DeskException(ErrorCode.VALIDATION_FAILED, "--format: " + format + " is neither csv nor json");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.flush();
    }
  }

  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final CsvMapper CSV = new CsvMapper();

  /** The key's columns, then the figures'. */
  private static List<String> columns(List<Grouping> by, String... figures) {
    List<String> out = new ArrayList<>(by.stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList());
    out.addAll(List.of(figures));
    return out;
  }

  /** One report: made from the journal, printed as a table (CSV) or whole (JSON). */
  abstract static class Run<T> implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    Source source;

    /** The report, from the reports over the store. */
    abstract T make(Reports reports, List<Grouping> by);

    /** Its definition. */
    abstract String definition(T report);

    /** The CSV header, the key's columns first. */
    abstract List<String> header(T report, List<Grouping> by);

    /** The CSV rows. */
    abstract List<List<String>> rows(T report);

    @Override
    public Integer call() {
      List<Grouping> by = source.groupings();
      try (JdbcTicketStore store = source.open()) {
        T report = make(source.reports(store), by);
        source.print(spec.commandLine().getOut(), report, definition(report), header(report, by), rows(report));
      }
      return DeskCommand.OK;
    }
  }

  @Command(name = "sla", mixinStandardHelpOptions = true,
      description = "SLA compliance per target: met / (met + breached, running breaches included), with the working "
          + "time used (p50, p90, in minutes).")
  static final class Sla extends Run<SlaCompliance> {
    @Mixin
    private PeriodOptions period;

    @Override
    SlaCompliance make(Reports reports, List<Grouping> by) {
      return reports.slaCompliance(source.reader(), source.from(period),
          source.to(period), by);
    }

    @Override
    String definition(SlaCompliance report) {
      return report.definition();
    }

    @Override
    List<String> header(SlaCompliance report, List<Grouping> by) {
      List<String> header = new ArrayList<>(List.of("target"));
      header.addAll(columns(by, "met", "breached", "compliance", "p50_minutes", "p90_minutes"));
      return header;
    }

    @Override
    List<List<String>> rows(SlaCompliance report) {
      List<List<String>> rows = new ArrayList<>();
      for (SlaCompliance.Row row : report.rows()) {
        List<String> line = new ArrayList<>(List.of(row.target().name()));
        line.addAll(row.key());
        line.addAll(List.of(Long.toString(row.met()), Long.toString(row.breached()),
            String.format(Locale.ROOT, "%.4f", row.compliance()), Long.toString(row.p50().toMinutes()),
            Long.toString(row.p90().toMinutes())));
        rows.add(line);
      }
      return rows;
    }
  }

  @Command(name = "backlog", mixinStandardHelpOptions = true,
      description = "The tickets open at an instant, with their age in working time.")
  static final class BacklogAt extends Run<Backlog> {
    @Option(names = "--at", required = true, description = "The instant (or the start of a day).")
    private String at;

    @Override
    Backlog make(Reports reports, List<Grouping> by) {
      return reports.backlog(source.reader(), source.instant(at, "--at"), by);
    }

    @Override
    String definition(Backlog report) {
      return report.definition();
    }

    @Override
    List<String> header(Backlog report, List<Grouping> by) {
      List<String> header = columns(by, "open");
      report.ages().forEach(a -> header.add("age " + a));
      return header;
    }

    @Override
    List<List<String>> rows(Backlog report) {
      List<List<String>> rows = new ArrayList<>();
      for (Backlog.Row row : report.rows()) {
        List<String> line = new ArrayList<>(row.key());
        line.add(Long.toString(row.open()));
        row.byAge().forEach(n -> line.add(Long.toString(n)));
        rows.add(line);
      }
      return rows;
    }
  }

  @Command(name = "flow", mixinStandardHelpOptions = true,
      description = "Tickets registered in the period (inflow) and those that left the backlog for good (outflow).")
  static final class FlowIn extends Run<Flow> {
    @Mixin
    private PeriodOptions period;

    @Override
    Flow make(Reports reports, List<Grouping> by) {
      return reports.flow(source.reader(), source.from(period), source.to(period),
          by);
    }

    @Override
    String definition(Flow report) {
      return report.definition();
    }

    @Override
    List<String> header(Flow report, List<Grouping> by) {
      return columns(by, "inflow", "outflow");
    }

    @Override
    List<List<String>> rows(Flow report) {
      return report.rows().stream().map(row -> {
        List<String> line = new ArrayList<>(row.key());
        line.addAll(List.of(Long.toString(row.inflow()), Long.toString(row.outflow())));
        return line;
      }).toList();
    }
  }

  /** The working days a resolution must stand unreopened. */
  static final class ReopenOptions {
    @Option(names = "--reopen-days", defaultValue = "5", description = "The working days a resolution must stand "
        + "unreopened, 0 to 30. The default is ${DEFAULT-VALUE}.")
    int days;
  }

  @Command(name = "fcr", mixinStandardHelpOptions = true,
      description = "First-line and first-contact resolution of the tickets first resolved in the period, with the "
          + "tickets still pending their reopen window.")
  static final class Fcr extends Run<FirstResolution> {
    @Mixin
    private PeriodOptions period;
    @Mixin
    private ReopenOptions reopen;

    @Override
    FirstResolution make(Reports reports, List<Grouping> by) {
      return reports.firstResolution(source.reader(), source.from(period),
          source.to(period), by, reopen.days);
    }

    @Override
    String definition(FirstResolution report) {
      return report.definition();
    }

    @Override
    List<String> header(FirstResolution report, List<Grouping> by) {
      return columns(by, "resolved", "pending", "first_line", "first_contact", "first_line_rate",
          "first_contact_rate");
    }

    @Override
    List<List<String>> rows(FirstResolution report) {
      return report.rows().stream().map(row -> {
        List<String> line = new ArrayList<>(row.key());
        line.addAll(List.of(Long.toString(row.resolved()), Long.toString(row.pending()),
            Long.toString(row.firstLine()), Long.toString(row.firstContact()),
            String.format(Locale.ROOT, "%.4f", row.firstLineRate()),
            String.format(Locale.ROOT, "%.4f", row.firstContactRate())));
        return line;
      }).toList();
    }
  }

  @Command(name = "quality", mixinStandardHelpOptions = true,
      description = "The quality of work per agent (or --by group): resolved, reopened, SLA cycles breached, time to "
          + "first response.")
  static final class QualityOf extends Run<Quality> {
    @Mixin
    private PeriodOptions period;
    @Mixin
    private ReopenOptions reopen;

    @Override
    Quality make(Reports reports, List<Grouping> by) {
      return reports.quality(source.reader(), source.from(period), source.to(period),
          by.isEmpty() ? List.of(Grouping.AGENT) : by, reopen.days);
    }

    @Override
    String definition(Quality report) {
      return report.definition();
    }

    @Override
    List<String> header(Quality report, List<Grouping> by) {
      return columns(report.by(), "resolved", "reopened", "decided", "breached", "first_response_minutes", "marks",
          "mean_mark");
    }

    @Override
    List<List<String>> rows(Quality report) {
      return report.rows().stream().map(row -> {
        List<String> line = new ArrayList<>(row.key());
        line.addAll(List.of(Long.toString(row.resolved()), Long.toString(row.reopened()),
            Long.toString(row.decided()), Long.toString(row.breached()),
            row.firstResponse() == null ? "" : Long.toString(row.firstResponse().toMinutes()),
            Long.toString(row.marks()), row.meanMark() == null ? "" : String.format(Locale.ROOT, "%.2f",
            row.meanMark())));
        return line;
      }).toList();
    }
  }

  @Command(name = "failures", mixinStandardHelpOptions = true,
      description = "The most frequent failures: incidents of the period grouped (by category unless --by says "
          + "otherwise; cause for the defect's cause), most first, with the share, the running share and the period "
          + "before.")
  static final class FailuresIn extends Run<Failures> {
    @Mixin
    private PeriodOptions period;

    @Override
    Failures make(Reports reports, List<Grouping> by) {
      return reports.failures(source.reader(), source.from(period), source.to(period),
          by.isEmpty() ? List.of(Grouping.CATEGORY) : by);
    }

    @Override
    String definition(Failures report) {
      return report.definition();
    }

    @Override
    List<String> header(Failures report, List<Grouping> by) {
      return columns(report.by(), "incidents", "before", "trend", "share", "running_share");
    }

    @Override
    List<List<String>> rows(Failures report) {
      return report.rows().stream().map(row -> {
        List<String> line = new ArrayList<>(row.key());
        line.addAll(List.of(Long.toString(row.incidents()), Long.toString(row.before()), Long.toString(row.trend()),
            String.format(Locale.ROOT, "%.4f", row.share()), String.format(Locale.ROOT, "%.4f", row.runningShare())));
        return line;
      }).toList();
    }
  }

  @Command(name = "delays", mixinStandardHelpOptions = true,
      description = "The SLA breaches of the period by the reason of delay given for each (- when none was).")
  static final class DelaysIn extends Run<Delays> {
    @Mixin
    private PeriodOptions period;

    @Override
    Delays make(Reports reports, List<Grouping> by) {
      return reports.delays(source.reader(), source.from(period), source.to(period),
          by);
    }

    @Override
    String definition(Delays report) {
      return report.definition();
    }

    @Override
    List<String> header(Delays report, List<Grouping> by) {
      return columns(by, "reason", "breaches");
    }

    @Override
    List<List<String>> rows(Delays report) {
      return report.rows().stream().map(row -> {
        List<String> line = new ArrayList<>(row.key());
        line.addAll(List.of(row.reason(), Long.toString(row.breaches())));
        return line;
      }).toList();
    }
  }

  @Command(name = "shift", mixinStandardHelpOptions = true,
      description = "A shift's handover for a group: each ticket handed over with its time left, last action, next "
          + "step and who took it over, and the tickets still open at the shift's end that were not handed over.")
  static final class ShiftOf extends Run<ShiftReport> {
    @Option(names = "--group", required = true, description = "The group whose shift it was.")
    private String group;
    @Option(names = "--shift", required = true, description = "The shift, as the centre names it.")
    private String shift;
    @Option(names = "--end", required = true, description = "The shift's end (an instant, or the start of a day).")
    private String end;

    @Override
    ShiftReport make(Reports reports, List<Grouping> by) {
      return reports.shift(source.reader(), group, shift, source.instant(end, "--end"));
    }

    @Override
    String definition(ShiftReport report) {
      return report.definition();
    }

    @Override
    List<String> header(ShiftReport report, List<Grouping> by) {
      return List.of("ticket", "handed_over_at", "handed_over_by", "time_left_minutes", "last_action",
          "last_action_by", "last_action_at", "next_step", "accepted_by", "accepted_at");
    }

    @Override
    List<List<String>> rows(ShiftReport report) {
      return report.rows().stream().map(r -> List.of(r.number(), text(r.handedOverAt()), text(r.handedOverBy()),
          r.timeLeft() == null ? "" : Long.toString(r.timeLeft().toMinutes()),
          r.lastAction() == null ? "" : r.lastAction().kind(), r.lastAction() == null ? "" : r.lastAction().actor(),
          r.lastAction() == null ? "" : text(r.lastAction().at()), text(r.nextStep()), text(r.acceptedBy()),
          text(r.acceptedAt()))).toList();
    }

    private String text(Object value) {
      return value == null ? "" : value instanceof Instant i ? i.atZone(source.zone).toOffsetDateTime().toString()
          : value.toString();
    }
  }

  @Command(name = "html", mixinStandardHelpOptions = true,
      description = "Writes every report of the period as one HTML file with charts, which opens with no network.")
  static final class Html implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private Source source;
    @Mixin
    private PeriodOptions period;
    @Option(names = "--out", required = true, description = "The HTML file to write.")
    private Path out;
    @Option(names = "--title", defaultValue = "Contact centre", description = "The report's heading. The default "
        + "is ${DEFAULT-VALUE}.")
    private String title;

    @Override
    public Integer call() throws IOException {
      try (JdbcTicketStore store = source.open()) {
        String html = HtmlReport.of(source.reports(store), source.reader(), source.zone, title)
            .render(source.from(period), source.to(period));
        Path file = out.toAbsolutePath();
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + file);
        spec.commandLine().getOut().flush();
      }
      return DeskCommand.OK;
    }
  }
}
