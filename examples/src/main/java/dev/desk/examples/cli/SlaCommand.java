package dev.desk.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarFiles;
import dev.desk.core.calendar.Calendars;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code desk sla}: working-time arithmetic on business calendars. */
@Command(name = "sla", mixinStandardHelpOptions = true,
    description = "Counts working time on a business calendar: the built-in ru-contact-centre, kz-standard or 24x7, or "
        + "one of your own in a file.",
    subcommands = {SlaCommand.Add.class, SlaCommand.Between.class, SlaCommand.Explain.class})
final class SlaCommand implements Runnable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Which calendar: a built-in id or a definition file. */
  static final class CalendarChoice {
    @Option(names = "--calendar", description = "The id of a built-in calendar: ru-contact-centre, kz-standard or 24x7.")
    String id;

    @Option(names = "--calendar-file", description = "A file that defines a calendar in YAML or JSON.")
    Path file;

    BusinessCalendar calendar() {
      if (file != null) {
        return InputFiles.read(file, CalendarFiles::read);
      }
      return Calendars.builtIn(id).orElseThrow(() -> new DeskException(
          ErrorCode.CONFIGURATION_INVALID,
          "There is no built-in calendar " + id + "; the built-in ones are "
              + String.join(", ", Calendars.builtInIds().stream().sorted().toList()) + "."));
    }
  }

  /** Options every sla command takes. */
  static final class Common {
    @ArgGroup(multiplicity = "1")
    CalendarChoice calendar;

    @Option(names = "--jsonl", paramLabel = "FILE",
        description = JsonLines.JSONL_HELP)
    String jsonl;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Runs one request or a batch; 0 when every answer was a result, 1 otherwise. */
    int run(Function<JsonNode, ObjectNode> single, JsonNode options) {
      return JsonLines.run(spec.commandLine().getOut(), spec.commandLine().getErr(), jsonl, single, options, null);
    }
  }

  private static Instant instant(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("The " + field + " time is required, as a date and time with its offset such as "
          + "2025-12-30T16:00:00+03:00.");
    }
    try {
      return OffsetDateTime.parse(value.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The " + field + " time must be a date and time with its offset such as "
          + "2025-12-30T16:00:00+03:00; " + value.asText() + " is not.");
    }
  }

  private static Duration duration(JsonNode request) {
    JsonNode value = request.get("duration");
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("The duration is required, written as PT4H for four hours or PT90M for ninety "
          + "minutes.");
    }
    try {
      return Duration.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The duration must be written as PT4H for four hours or PT90M for ninety "
          + "minutes; " + value.asText() + " is not.");
    }
  }

  /** The instant in the calendar's zone, with seconds, and with fractions only when there are any. */
  static String format(Instant instant, ZoneId zone) {
    OffsetDateTime at = instant.atZone(zone).toOffsetDateTime();
    return at.getNano() == 0 ? SECONDS.format(at) : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
  }

  /** {@code desk sla add}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Prints the deadline: the earliest moment after --from at which --duration of working time has "
          + "passed.")
  static final class Add implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--from", description = "When the time starts, as a date and time with its offset: 2025-12-30T16:00:00+03:00.")
    String from;

    @Option(names = "--duration", description = "The working time: PT4H for four hours, PT90M for ninety minutes.")
    String duration;

    @Override
    public Integer call() {
      BusinessCalendar calendar = common.calendar.calendar();
      return common.run(r -> JSON.createObjectNode()
          .put("deadline", format(calendar.add(instant(r, "from"), duration(r)), calendar.zone())),
          JsonLines.options("from", from, "duration", duration));
    }
  }

  /** {@code desk sla between}. */
  @Command(name = "between", mixinStandardHelpOptions = true,
      description = "Prints the working time between --from and --to.")
  static final class Between implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--from", description = "When the time starts, as a date and time with its offset: 2025-12-30T16:00:00+03:00.")
    String from;

    @Option(names = "--to", description = "When the time ends, as a date and time with its offset.")
    String to;

    @Override
    public Integer call() {
      BusinessCalendar calendar = common.calendar.calendar();
      return common.run(r -> JSON.createObjectNode()
          .put("working", calendar.between(instant(r, "from"), instant(r, "to")).toString()),
          JsonLines.options("from", from, "to", to));
    }
  }

  /** {@code desk sla explain}. */
  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explains, day by day, why the deadline of --duration of working time after --from is what it is.")
  static final class Explain implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    CalendarChoice calendar;

    @Option(names = "--from", required = true, description = "When the time starts, as a date and time with its offset: 2025-12-30T16:00:00+03:00.")
    String from;

    @Option(names = "--duration", required = true, description = "The working time: PT4H for four hours, PT90M for ninety minutes.")
    String duration;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ObjectNode request = JsonLines.options("from", from, "duration", duration);
      try {
        BusinessCalendar c = calendar.calendar();
        out.print(c.explain(instant(request, "from"), duration(request)).text());
        out.flush();
        return 0;
      } catch (ValidationException e) {
        spec.commandLine().getErr().println(e.describe(Locale.ENGLISH));
      } catch (DeskException | IllegalArgumentException e) {
        spec.commandLine().getErr().println(e.getMessage());
      }
      return 1;
    }
  }
}
