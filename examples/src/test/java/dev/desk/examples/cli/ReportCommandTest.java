package dev.desk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.routing.ServiceDirectory;
import dev.desk.jdbc.JdbcTicketStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk report} on the demo's day, as CSV and JSON, and its refusals. */
final class ReportCommandTest {

  @Test
  void theDemosDayIsReportedAsCsvAndJsonWithTheDefinitionOfItsFigures(@TempDir Path dir) throws IOException {
    String data = dir.toString();
    assertEquals(0, CliRun.run("demo", "--data-dir", data).status());

    CliRun sla = CliRun.run("report", "sla", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03", "--by",
        "category,urgency");
    assertEquals(0, sla.status(), sla.err());
    List<String> lines = sla.out().lines().toList();
    assertTrue(lines.get(0).startsWith("# SLA compliance, definition 1:"), lines.get(0));
    assertEquals("target,category,urgency,met,breached,compliance,p50_minutes,p90_minutes", lines.get(1));
    assertTrue(lines.contains("RESPONSE,emr,EMERGENCY,0,1,0.0000,15,15"), sla.out());

    CliRun flow = CliRun.run("report", "flow", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03", "--format",
        "json");
    assertTrue(flow.out().contains("\"definition\" : \"Flow, definition 1:") && flow.out().contains("\"inflow\" : 5"),
        flow.out());
    CliRun fcr = CliRun.run("report", "fcr", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03");
    assertEquals("resolved,pending,first_line,first_contact,first_line_rate,first_contact_rate",
        fcr.out().lines().toList().get(1), fcr.out());
    CliRun quality = CliRun.run("report", "quality", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03");
    assertTrue(quality.out().lines().anyMatch(l -> l.startsWith("petrov,")), quality.out());
    CliRun failures = CliRun.run("report", "failures", "--data-dir", data, "--from", "2026-03-02", "--to",
        "2026-03-03");
    assertEquals("category,incidents,before,trend,share,running_share", failures.out().lines().toList().get(1));
    CliRun delays = CliRun.run("report", "delays", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03");
    assertEquals(List.of("reason,breaches", "load,1"), delays.out().lines().skip(1).toList(), delays.out());
    assertTrue(quality.out().lines().anyMatch(l -> l.startsWith("petrov,") && l.endsWith(",1,5.00")), quality.out());
    CliRun shift = CliRun.run("report", "shift", "--data-dir", data, "--group", "emr-l1", "--shift", "emr-l1 day",
        "--end", "2026-03-02T17:12+03:00");
    assertEquals(2, shift.out().lines().filter(l -> l.startsWith("VLG-2026-00000")).count(), shift.out());
    Path html = dir.resolve("out/march.html");
    CliRun page = CliRun.run("report", "html", "--data-dir", data, "--from", "2026-03-01", "--to", "2026-04-01",
        "--out", html.toString(), "--title", "March");
    assertEquals(0, page.status(), page.err());
    assertTrue(Files.readString(html).contains("<h1>March</h1>"), "the file is written");
    CliRun backlog = CliRun.run("report", "backlog", "--data-dir", data, "--at", "2026-03-02T15:30+03:00", "--by", "group");
    assertTrue(backlog.out().lines().anyMatch(l -> l.startsWith("emr-l1,2,")), backlog.out());
  }

  @Test
  void aGroupLeadReadsTheGroupsTheyLeadAndTheirOwnWork(@TempDir Path dir) {
    String data = dir.toString();
    assertEquals(0, CliRun.run("demo", "--data-dir", data).status());
    try (JdbcTicketStore store = JdbcTicketStore.builder().url("jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath())
        .build()) {
      ServiceDirectory.save(store, """
          groups:
            - {id: lis-l1, line: L1, lead: smirnova}
            - {id: lis-l2, line: L2, lead: kozlov}
            - {id: emr-l1, line: L1, lead: ivanova}
          """, 0, Instant.parse("2026-03-02T18:00:00Z"));
    }
    CliRun all = CliRun.run("report", "sla", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03", "--by",
        "group");
    CliRun lead = CliRun.run("report", "sla", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03", "--by",
        "group", "--lead", "ivanova");
    assertEquals(0, lead.status(), lead.err());
    List<String> emr = all.out().lines().filter(l -> l.contains(",emr-l1,")).toList();
    assertTrue(!emr.isEmpty() && all.out().lines().skip(2).count() > emr.size(), all.out());
    assertEquals(emr, lead.out().lines().skip(2).toList(), "the lead of emr-l1 sees emr-l1 alone");
    CliRun nobody = CliRun.run("report", "sla", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03",
        "--lead", "orlov");
    assertEquals(1, nobody.status());
    assertTrue(nobody.err().contains("orlov leads no group"), nobody.err());
  }

  @Test
  void badPeriodsAndGroupingsAreRefusedWithTheirReason(@TempDir Path dir) {
    String data = dir.toString();
    CliRun inverted = CliRun.run("report", "sla", "--data-dir", data, "--from", "2026-03-03", "--to", "2026-03-02");
    assertEquals(1, inverted.status());
    assertTrue(inverted.err().contains("must end after it begins"), inverted.err());
    CliRun colour = CliRun.run("report", "flow", "--data-dir", data, "--from", "2026-03-02", "--to", "2026-03-03", "--by",
        "colour");
    assertTrue(colour.err().contains("cannot be grouped by colour"), colour.err());
    CliRun date = CliRun.run("report", "backlog", "--data-dir", data, "--at", "yesterday");
    assertTrue(date.err().contains("yesterday is neither a date"), date.err());
  }
}
