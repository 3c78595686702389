package dev.desk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class DeskCommandTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new CommandLine(new DeskCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void demoWalksTicketsThroughTheLifecycleAndPrintsTheirJournals() {
    Run demo = run("demo");

    assertEquals(0, demo.status(), demo.err());
    assertTrue(demo.out().contains("VLG-2026-000001  CLOSED    emr"), demo.out());
    assertTrue(demo.out().contains("VLG-2026-000002  CLOSED    lis          URGENT        L2  kozlov"), demo.out());
    assertTrue(demo.out().contains("VLG-2026-000003  REJECTED"), demo.out());
    assertTrue(demo.out().contains("status RESOLVED -> IN_PROGRESS (REOPEN)"), demo.out());
    assertTrue(demo.out().contains("supportCode: код поддержки VLG-2003 принадлежит другой организации"), demo.out());
    assertTrue(demo.out().contains("second edit refused with STALE_VERSION"), demo.out());
    assertTrue(demo.out().contains("== Journal of VLG-2026-000002"), demo.out());
  }

  @Test
  void demoStartsWhenToldAndNumbersFollowTheYear() {
    Run demo = run("demo", "--start", "2025-12-30T08:30:00+03:00");

    assertEquals(0, demo.status(), demo.err());
    assertTrue(demo.out().contains("VLG-2025-000001"), demo.out());
  }

  @Test
  void helpListsTheCommandsAndBadOptionsFail() {
    Run help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("demo") && help.out().contains("plugins"), help.out());

    Run bad = run("demo", "--start", "yesterday");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("--start"), bad.err());
  }

  @Test
  void pluginsListsTheMemoryStore() {
    Run plugins = run("plugins");
    assertEquals(0, plugins.status());
    assertTrue(plugins.out().contains("store kinds: memory"), plugins.out());
  }
}
