package dev.desk.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.core.report.Backlog;
import dev.desk.core.report.Delays;
import dev.desk.core.report.Failures;
import dev.desk.core.report.FirstResolution;
import dev.desk.core.report.Flow;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.Quality;
import dev.desk.core.report.Reports;
import dev.desk.core.report.ShiftReport;
import dev.desk.core.report.SlaCompliance;
import dev.desk.core.text.DurationWords;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.SlaClockKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A supervisor's report of a period as one HTML file that needs no network to open: SLA
 * compliance over time, the backlog and its ageing at the period's end, the most frequent
 * failures (a Pareto) and the quality of work per agent, each a chart, a table of its figures
 * and the definition of those figures; inflow and outflow, first resolution, the reasons of delay
 * and the shifts' handovers as tables. In
 * English, times in the report's zone, durations in words. The charts are Chart.js 4 (MIT),
 * bundled into the file. Only a reader who may see the backlog (staff) gets one. Immutable.
 */
public final class HtmlReport {

  /** The working days a resolution must stand unreopened in this report's figures. */
  static final int REOPEN_DAYS = 5;
  private static final String CHARTS = chartLibrary();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

  private final Reports reports;
  private final Actor reader;
  private final ZoneId zone;
  private final String title;

  private HtmlReport(Reports reports, Actor reader, ZoneId zone, String title) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * A report for the reader (what they may see), with times in the zone.
   *
   * @param title the report's heading ({@code "Regional contact centre"})
   */
  public static HtmlReport of(Reports reports, Actor reader, ZoneId zone, String title) {
    return new HtmlReport(reports, reader, zone, title);
  }

  /**
   * The report of the period, as the text of an HTML file.
   *
   * @throws dev.desk.spi.error.ValidationException for a bad period
   * @throws dev.desk.spi.error.AccessDeniedException for a requester
   */
  public String render(Instant from, Instant to) {
    SlaCompliance byDay = reports.slaCompliance(reader, from, to, List.of(Grouping.DAY));
    SlaCompliance byCategory = reports.slaCompliance(reader, from, to, List.of(Grouping.CATEGORY));
    Backlog backlog = reports.backlog(reader, to, List.of(Grouping.GROUP));
    Flow flow = reports.flow(reader, from, to, List.of(Grouping.CATEGORY));
    Failures failures = reports.failures(reader, from, to, List.of(Grouping.CATEGORY));
    Failures causes = reports.failures(reader, from, to, List.of(Grouping.CAUSE));
    Quality quality = reports.quality(reader, from, to, List.of(Grouping.AGENT), REOPEN_DAYS);
    FirstResolution first = reports.firstResolution(reader, from, to, List.of(Grouping.GROUP), REOPEN_DAYS);

    ObjectNode charts = JSON.createObjectNode();
    charts.set("compliance", complianceChart(byDay));
    charts.set("backlog", backlogChart(backlog));
    charts.set("failures", paretoChart(failures));
    charts.set("quality", qualityChart(quality));

    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(text(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
        .append(text(title)).append("</h1>\n<p class=\"period\">From ").append(text(when(from))).append(" to ")
        .append(text(when(to))).append(" (").append(text(zone.getId())).append(")</p>\n");

    section(html, "SLA compliance over time", "compliance", byDay.definition());
    table(html, List.of("Target", "Category", "Met", "Breached", "Compliance", "Median working time",
        "90th percentile"), byCategory.rows(), r -> List.of(name(r.target()), r.key().get(0), r.met() + "",
        r.breached() + "", percent(r.compliance()), words(r.p50()), words(r.p90())));

    Delays delays = reports.delays(reader, from, to, List.of());
    html.append("<h3>Reasons of delay</h3>\n<p class=\"definition\">").append(text(delays.definition()))
        .append("</p>\n");
    table(html, List.of("Reason", "Breaches"), delays.rows(),
        r -> List.of(r.reason().equals("-") ? "not explained yet" : r.reason(), r.breaches() + ""));

    section(html, "Backlog and ageing at " + when(to), "backlog", backlog.definition());
    List<String> backlogColumns = new ArrayList<>(List.of("Group", "Open"));
    backlog.ages().forEach(a -> backlogColumns.add("Age " + a));
    table(html, backlogColumns, backlog.rows(), r -> {
      List<String> cells = new ArrayList<>(List.of(r.key().get(0), r.open() + ""));
      r.byAge().forEach(n -> cells.add(n + ""));
      return cells;
    });
    html.append("<h3>Inflow and outflow</h3>\n<p class=\"definition\">").append(text(flow.definition()))
        .append("</p>\n");
    table(html, List.of("Category", "Registered", "Left the backlog"), flow.rows(),
        r -> List.of(r.key().get(0), r.inflow() + "", r.outflow() + ""));

    section(html, "Most frequent failures", "failures", failures.definition());
    table(html, List.of("Category", "Incidents", "Period before", "Share", "Running share"), failures.rows(),
        r -> List.of(r.key().get(0), r.incidents() + "", r.before() + "", percent(r.share()),
            percent(r.runningShare())));
    html.append("<h3>By cause</h3>\n");
    table(html, List.of("Cause", "Incidents", "Period before", "Share"), causes.rows(),
        r -> List.of(r.key().get(0).equals("-") ? "none named yet" : r.key().get(0), r.incidents() + "",
            r.before() + "", percent(r.share())));

    section(html, "Quality of work per agent", "quality", quality.definition());
    table(html, List.of("Agent", "Resolved", "Reopened", "SLA cycles decided", "Breached", "Time to first response",
        "Marks", "Mean mark"), quality.rows(), r -> List.of(agent(r.key().get(0)),
            r.resolved() + "", r.reopened() + "", r.decided() + "", r.breached() + "",
            r.firstResponse() == null ? "none decided" : words(r.firstResponse()), r.marks() + "",
            r.meanMark() == null ? "none given" : String.format(Locale.ENGLISH, "%.1f", r.meanMark())));
    html.append("<h3>First-line and first-contact resolution</h3>\n<p class=\"definition\">")
        .append(text(first.definition())).append(" Here: ").append(REOPEN_DAYS).append(" working days.</p>\n");
    table(html, List.of("Group", "Resolved", "Pending", "First line", "First contact", "First-line rate",
        "First-contact rate"), first.rows(), r -> List.of(r.key().get(0), r.resolved() + "", r.pending() + "",
        r.firstLine() + "", r.firstContact() + "", percent(r.firstLineRate()), percent(r.firstContactRate())));

    List<ShiftReport> shifts = reports.shifts(reader, from, to);
    html.append("<section>\n<h2>Shift handovers</h2>\n<p class=\"definition\">").append(text(ShiftReport.DEFINITION))
        .append("</p>\n");
    if (shifts.isEmpty()) {
      html.append("<p>No shift handed over in this period.</p>\n");
    }
    for (ShiftReport shift : shifts) {
      html.append("<h3>").append(text(shift.shift())).append(", group ").append(text(shift.group()))
          .append("</h3>\n");
      table(html, List.of("Ticket", "Handed over", "Time left", "Last action", "Next step", "Taken over"),
          shift.rows(), r -> List.of(r.number(),
              r.handedOver() ? when(r.handedOverAt()) + " by " + r.handedOverBy() : "not handed over",
              r.timeLeft() == null ? "" : r.timeLeft().isNegative() ? words(r.timeLeft().negated()) + " late"
                  : words(r.timeLeft()),
              r.lastAction() == null ? "" : r.lastAction().kind() + " by " + r.lastAction().actor() + ", "
                  + when(r.lastAction().at()),
              r.nextStep() == null ? "" : r.nextStep(),
              r.acceptedBy() == null ? (r.handedOver() ? "not yet" : "") : when(r.acceptedAt()) + " by "
                  + r.acceptedBy()));
    }
    html.append("</section>\n");

    html.append("<script type=\"application/json\" id=\"charts\">").append(json(charts)).append("</script>\n")
        .append("<script>\n").append(CHARTS).append("\n</script>\n")
        .append("<script>\n").append(String.format(DRAW, rgbColours())).append("</script>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static ObjectNode complianceChart(SlaCompliance byDay) {
    Set<String> days = new LinkedHashSet<>();
    byDay.rows().forEach(r -> days.add(r.key().get(0)));
    List<String> labels = days.stream().sorted().toList();
    // a line needs two days to be one; a single day is drawn as a bar per target
    ObjectNode chart = chart(labels.size() > 1 ? "line" : "bar", labels, "Compliance, %");
    ArrayNode datasets = chart.withObjectProperty("data").putArray("datasets");
    int colour = 0;
    for (SlaClockKind target : SlaClockKind.values()) {
      ArrayNode values = JSON.createArrayNode();
      boolean any = false;
      for (String day : labels) {
        var row = byDay.rows().stream().filter(r -> r.target() == target && r.key().get(0).equals(day)).findFirst();
        if (row.isPresent()) {
          values.add(Math.round(row.get().compliance() * 1000) / 10.0);
          any = true;
        } else {
          values.addNull();
        }
      }
      if (any) {
        dataset(datasets, name(target), values, colour++).put("pointRadius", 5);
      }
    }
    scales(chart).withObjectProperty("y").put("min", 0).put("max", 100);
    return chart;
  }

  private static ObjectNode backlogChart(Backlog backlog) {
    ObjectNode chart = chart("bar", backlog.rows().stream().map(r -> r.key().get(0)).toList(), "Open tickets");
    ArrayNode datasets = chart.withObjectProperty("data").putArray("datasets");
    for (int age = 0; age < backlog.ages().size(); age++) {
      ArrayNode values = JSON.createArrayNode();
      for (Backlog.Row r : backlog.rows()) {
        values.add(r.byAge().get(age));
      }
      dataset(datasets, backlog.ages().get(age), values, age);
    }
    ObjectNode scales = scales(chart);
    scales.withObjectProperty("x").put("stacked", true);
    scales.withObjectProperty("y").put("stacked", true);
    return chart;
  }

  private static ObjectNode paretoChart(Failures failures) {
    ObjectNode chart = chart("bar", failures.rows().stream().map(r -> r.key().get(0)).toList(), "Incidents");
    ArrayNode datasets = chart.withObjectProperty("data").putArray("datasets");
    ArrayNode counts = JSON.createArrayNode();
    ArrayNode running = JSON.createArrayNode();
    for (Failures.Row r : failures.rows()) {
      counts.add(r.incidents());
      running.add(Math.round(r.runningShare() * 1000) / 10.0);
    }
    dataset(datasets, "Incidents", counts, 0);
    dataset(datasets, "Running share, %", running, 1).put("type", "line").put("yAxisID", "share");
    ObjectNode share = scales(chart).withObjectProperty("share");
    share.put("position", "right").put("min", 0).put("max", 100);
    return chart;
  }

  private static ObjectNode qualityChart(Quality quality) {
    ObjectNode chart = chart("bar", quality.rows().stream().map(r -> agent(r.key().get(0))).toList(), "Count");
    ArrayNode datasets = chart.withObjectProperty("data").putArray("datasets");
    List<Function<Quality.Row, Long>> figures = List.of(Quality.Row::resolved, Quality.Row::reopened,
        Quality.Row::breached);
    List<String> names = List.of("Resolved", "Reopened", "SLA cycles breached");
    for (int i = 0; i < figures.size(); i++) {
      ArrayNode values = JSON.createArrayNode();
      for (Quality.Row r : quality.rows()) {
        values.add(figures.get(i).apply(r));
      }
      dataset(datasets, names.get(i), values, i == 0 ? 2 : i == 1 ? 3 : 1);
    }
    return chart;
  }

  private static ObjectNode chart(String type, List<String> labels, String yTitle) {
    ObjectNode chart = JSON.createObjectNode().put("type", type);
    ArrayNode l = chart.withObjectProperty("data").putArray("labels");
    labels.forEach(l::add);
    ObjectNode options = chart.withObjectProperty("options").put("animation", false).put("responsive", false);
    options.withObjectProperty("scales").withObjectProperty("y").put("beginAtZero", true)
        .withObjectProperty("title").put("display", true)
        .put("text", yTitle);
    return chart;
  }

  private static ObjectNode scales(ObjectNode chart) {
    return chart.withObjectProperty("options").withObjectProperty("scales");
  }

  private static ObjectNode dataset(ArrayNode datasets, String label, ArrayNode values, int colour) {
    ObjectNode d = datasets.addObject().put("label", label).put("backgroundColor", COLOURS[colour % COLOURS.length])
        .put("borderColor", COLOURS[colour % COLOURS.length]);
    d.set("data", values);
    return d;
  }

  private static void section(StringBuilder html, String heading, String chart, String definition) {
    html.append("<section>\n<h2>").append(text(heading)).append("</h2>\n<p class=\"definition\">")
        .append(text(definition)).append("</p>\n<canvas id=\"").append(chart)
        .append("\" width=\"760\" height=\"320\" role=\"img\" aria-label=\"").append(text(heading))
        .append("\"></canvas>\n</section>\n");
  }

  private static <R> void table(StringBuilder html, List<String> columns, List<R> rows,
      Function<R, List<String>> cells) {
    html.append("<table>\n<tr>");
    columns.forEach(c -> html.append("<th>").append(text(c)).append("</th>"));
    html.append("</tr>\n");
    if (rows.isEmpty()) {
      html.append("<tr><td colspan=\"").append(columns.size()).append("\">Nothing in this period.</td></tr>\n");
    }
    for (R row : rows) {
      html.append("<tr>");
      cells.apply(row).forEach(c -> html.append("<td>").append(text(c)).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static String agent(String key) {
    return key.equals("-") ? "nobody assigned" : key;
  }

  private String when(Instant at) {
    return WHEN.format(at.atZone(zone));
  }

  private static String name(SlaClockKind target) {
    return switch (target) {
      case RESPONSE -> "Response";
      case RESOLUTION -> "Resolution";
      case UPDATE -> "Update";
    };
  }

  private static String percent(double share) {
    return String.format(Locale.ENGLISH, "%.1f %%", share * 100);
  }

  private static String words(Duration d) {
    return DurationWords.english().format(d);
  }

  private static String text(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }

  /** JSON that cannot end the script element it sits in. */
  private static String json(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The figures' colours as the canvas reads them ({@code ["31,119,180", ...]}). */
  private static String rgbColours() {
    List<String> rgb = new ArrayList<>();
    for (String hex : COLOURS) {
      int v = Integer.parseInt(hex.substring(1), 16);
      rgb.add("\"" + (v >> 16) + "," + (v >> 8 & 0xff) + "," + (v & 0xff) + "\"");
    }
    return "[" + String.join(", ", rgb) + "]";
  }

  private static String chartLibrary() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("chart.umd.min.js")) {
      if (in == null) {
        throw new IllegalStateException("desk-report-html lacks its chart.umd.min.js");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String STYLE = """
      body { font-family: sans-serif; margin: 2em; color: #222; max-width: 64em; }
      h1 { margin-bottom: 0.2em; }
      .period { color: #555; margin-top: 0; }
      .definition { color: #555; font-size: 0.9em; max-width: 60em; }
      table { border-collapse: collapse; margin: 1em 0 2em; }
      th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
      th { background: #f3f3f3; }
      canvas { display: block; margin: 1em 0; }
      """;

  /**
   * Draws each chart from the JSON beside it, then marks each canvas with how many of its pixels
   * were painted ({@code data-painted}) and how many in the figures' colours ({@code
   * data-figures}), so that a check can tell a chart with its figures drawn from an empty frame.
   */
  private static final String DRAW = """
      (function () {
        var charts = JSON.parse(document.getElementById('charts').textContent);
        var COLOURS = %s;
        Object.keys(charts).forEach(function (id) {
          var canvas = document.getElementById(id);
          new Chart(canvas, charts[id]);
          var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          var painted = 0;
          var data = 0;
          for (var i = 0; i < pixels.length; i += 4) {
            if (pixels[i + 3] > 0) { painted++; }
            if (pixels[i + 3] === 255 && COLOURS.indexOf(pixels[i] + ',' + pixels[i + 1] + ',' + pixels[i + 2]) >= 0) {
              data++;
            }
          }
          canvas.setAttribute('data-painted', String(painted));
          canvas.setAttribute('data-figures', String(data));
        });
      })();
      """;
}
