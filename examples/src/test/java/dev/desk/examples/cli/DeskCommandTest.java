package dev.desk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.ticket.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class DeskCommandTest {

  @Test
  void demoWalksTicketsThroughTheLifecycleAndPrintsTheirJournals() {
    CliRun demo = CliRun.run("demo", "--in-memory");

    assertEquals(0, demo.status(), demo.err());
    assertTrue(demo.out().contains("VLG-2026-000001  CLOSED    emr"), demo.out());
    assertTrue(demo.out().contains("VLG-2026-000002  CLOSED    lis          EMERGENCY     L2  kozlov"), demo.out());
    assertTrue(demo.out().contains("classified urgent (confidence "), "the rules judged the LIS ticket: " + demo.out());
    assertTrue(demo.out().contains("urgency urgent → emergency"), "the head of service overrode it: " + demo.out());
    assertTrue(demo.out().contains("registered VLG-2026-000005, judged EMERGENCY by the urgency rules"), demo.out());
    assertTrue(demo.out().contains("Обращение VLG-2026-000001 зарегистрировано"), "the requester was told the number: "
        + demo.out());
    assertTrue(demo.out().contains("VLG-2026-000003  REJECTED"), demo.out());
    assertTrue(demo.out().contains("status resolved → in progress (REOPEN)"), demo.out());
    assertTrue(demo.out().contains("supportCode: support code VLG-2003 belongs to another organisation"), demo.out());
    assertFalse(demo.out().contains("принадлежит другой организации"), "one language per output: " + demo.out());
    assertTrue(demo.out().contains("second edit refused with STALE_VERSION"), demo.out());
    assertTrue(demo.out().contains("== Journal of VLG-2026-000002"), demo.out());
    assertTrue(demo.out().contains("VLG-2026-000005  NEW       emr          EMERGENCY     L1  -         BREACHED / RUNNING"),
        "the unattended emergency breaches its 15-minute response allowance:\n" + demo.out());
    assertTrue(demo.out().contains("cycle 2 started (policy contact-centre, target 16 h, 32 min carried over)"), demo.out());
  }

  @Test
  void demoStartsWhenToldAndNumbersFollowTheYear() {
    CliRun demo = CliRun.run("demo", "--in-memory", "--start", "2025-12-30T08:30:00+03:00");

    assertEquals(0, demo.status(), demo.err());
    assertTrue(demo.out().contains("VLG-2025-000001"), demo.out());
  }

  @Test
  void demoKeepsItsTicketsInAnH2FileAcrossRestarts(@TempDir Path dir) {
    CliRun first = CliRun.run("demo", "--data-dir", dir.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().contains("storing tickets in the H2 file " + dir.toAbsolutePath().resolve("desk.mv.db")), first.out());
    assertTrue(Files.exists(dir.resolve("desk.mv.db")), "the H2 file is under the data directory");

    CliRun second = CliRun.run("demo", "--data-dir", dir.toString());

    assertEquals(0, second.status(), second.err());
    assertTrue(second.out().contains("5 ticket(s) from earlier runs are in the store"), second.out());
    assertTrue(second.out().contains("registered VLG-2026-000006"), second.out());
    assertTrue(second.out().contains("VLG-2026-000001  CLOSED"), "the first run's tickets are still there");
  }

  @Test
  void helpListsTheCommandsAndBadOptionsFail() {
    CliRun help = CliRun.run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("demo") && help.out().contains("plugins"), help.out());

    CliRun bad = CliRun.run("demo", "--start", "yesterday");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("--start"), bad.err());

    CliRun nothing = CliRun.run();
    assertEquals(2, nothing.status(), "no command is bad usage");
    assertEquals("", nothing.out());
    assertTrue(nothing.err().contains("Usage: desk") && nothing.err().contains("The exit status is 0 when the command did its work"),
        nothing.err());
  }

  @Test
  void pluginsListsTheStoreKinds() {
    CliRun plugins = CliRun.run("plugins");
    assertEquals(0, plugins.status());
    assertTrue(plugins.out().contains("store kinds: jdbc, memory"), plugins.out());
  }

  @Test
  void slaAddAndBetweenAnswerInJson() {
    CliRun add = CliRun.run("sla", "add", "--calendar", "ru-contact-centre", "--from", "2025-12-30T16:00:00+03:00", "--duration", "PT4H");
    assertEquals(0, add.status(), add.err());
    assertEquals("{\"deadline\":\"2026-01-12T11:18:00+03:00\"}", add.out().strip());

    CliRun between = CliRun.run("sla", "between", "--calendar", "ru-contact-centre",
        "--from", "2025-12-30T16:00:00+03:00", "--to", "2025-12-30T18:30:00+03:00");
    assertEquals("{\"working\":\"PT1H12M\"}", between.out().strip());

    CliRun bad = CliRun.run("sla", "between", "--calendar", "ru-contact-centre", "--from", "yesterday", "--to",
        "2025-12-30T18:30:00+03:00");
    assertEquals(1, bad.status());
    assertEquals("", bad.out(), "a single request's error is not an answer");
    assertEquals("The from time must be a date and time with its offset such as 2025-12-30T16:00:00+03:00; yesterday "
        + "is not.", bad.err().strip());
  }

  @Test
  void slaBatchAnswersEveryLineInOrderAndBadLinesDoNotStopIt(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("requests.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"from\":\"2025-10-24T15:12:00+03:00\",\"duration\":\"PT2H\"}",
        "not json",
        "{\"from\":\"2025-10-24T15:12:00+03:00\",\"duration\":\"-PT1H\"}",
        "{\"from\":\"2025-10-24T15:12:00+03:00\",\"duration\":\"PT2H1M\"}"));

    CliRun batch = CliRun.run("sla", "add", "--calendar", "ru-contact-centre", "--jsonl", input.toString());

    List<String> lines = batch.out().lines().toList();
    assertEquals(4, lines.size(), batch.out());
    assertEquals("{\"deadline\":\"2025-10-24T17:12:00+03:00\"}", lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"error\":\"This line is not one JSON object"), lines.get(1));
    assertTrue(lines.get(2).contains("must be zero or positive"), lines.get(2));
    assertEquals("{\"deadline\":\"2025-10-27T08:31:00+03:00\"}", lines.get(3));
    assertEquals(1, batch.status(), "a batch with errors exits 1");
  }

  @Test
  void slaTakesACalendarFileAndExplains(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lab.yaml");
    Files.writeString(file, "id: lab\nzone: Europe/Berlin\nschedule:\n  weekdays: [\"08:00-12:00\", \"13:00-17:00\"]\n");

    CliRun add = CliRun.run("sla", "add", "--calendar-file", file.toString(), "--from", "2026-03-27T11:00:00+01:00", "--duration", "PT6H");
    assertEquals("{\"deadline\":\"2026-03-30T09:00:00+02:00\"}", add.out().strip(), "across a weekend and a DST change");

    CliRun explain = CliRun.run("sla", "explain", "--calendar", "ru-contact-centre", "--from", "2025-12-30T16:00:00+03:00",
        "--duration", "PT4H");
    assertEquals(0, explain.status(), explain.err());
    assertTrue(explain.out().contains("2026-01-07 Wed  PUBLIC_HOLIDAY (Рождество Христово)"), explain.out());

    Files.writeString(file, "id: lab\nschedule:\n  weekdays: [\"08:00-25:00\"]\n");
    CliRun broken = CliRun.run("sla", "add", "--calendar-file", file.toString(), "--from", "2026-03-27T11:00:00+01:00", "--duration", "PT1H");
    assertEquals(1, broken.status(), "a refused file is bad input");
    assertTrue(broken.err().contains("lab.yaml line 3"), broken.err());
  }

  @Test
  void unknownCalendarIsOneLineNotAStackTrace() {
    CliRun run = CliRun.run("sla", "add", "--calendar", "mars", "--from", "2026-01-01T00:00:00Z", "--duration", "PT1H");
    assertEquals(1, run.status());
    assertEquals("There is no built-in calendar mars; the built-in ones are 24x7, kz-standard, ru-contact-centre.",
        run.err().strip());
  }

  @Test
  void classifyExplainsOneText() {
    CliRun one = CliRun.run("classify", "--text", "В подъезде сильно пахнет газом", "--channel", "PHONE", "--org-profile", "housing");
    assertEquals(0, one.status(), one.err());
    assertEquals("{\"urgency\":\"EMERGENCY\",\"confidence\":0.82,\"reasons\":[{\"rule\":\"gas-smell\","
        + "\"urgency\":\"EMERGENCY\",\"weight\":4.0,\"evidence\":\"text \\\"пахнет газом\\\"\"}]}", one.out().strip());
  }

  @Test
  void classifyAnswersABatchInOrderAndGoesOnAfterBadLines(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tickets.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":1,\"text\":\"не срочно: прошу заменить картридж\"}",
        "not json",
        "{\"id\":\"b\",\"text\":\"how do I reset my password?\",\"channel\":\"FAX\"}",
        "{\"id\":3}",
        "",
        "{\"id\":4,\"text\":\"EHR down for everyone!!!\",\"channel\":\"portal\",\"category\":\"emr\"}"));
    CliRun batch = CliRun.run("classify", "--jsonl", file.toString());
    List<String> lines = batch.out().lines().toList();
    assertEquals(5, lines.size(), batch.out());
    assertEquals("{\"id\":1,\"urgency\":\"PLANNED\",\"confidence\":0.82}", lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"error\":\"This line is not one JSON object"), lines.get(1));
    assertEquals("{\"id\":\"b\",\"error\":\"The channel must be PHONE, PORTAL, EMAIL, SMS or API; FAX is none of them.\"}",
        lines.get(2));
    assertEquals("{\"id\":3,\"error\":\"The text is required and must be a string.\"}", lines.get(3));
    assertTrue(lines.get(4).startsWith("{\"id\":4,\"urgency\":\"EMERGENCY\""), lines.get(4));
    assertEquals(1, batch.status(), "a batch with errors exits 1");
  }

  @Test
  void classifyTakesARuleFileAndNamesItsErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, "rules:\n  - id: printer\n    urgency: URGENT\n    weight: 2\n    text: [принтер]\n");
    CliRun own = CliRun.run("classify", "--rules", file.toString(), "--text", "Принтеры не печатают");
    assertTrue(own.out().startsWith("{\"urgency\":\"URGENT\""), own.out());

    Files.writeString(file, "rules:\n  - id: printer\n    urgency: SOMEDAY\n");
    CliRun broken = CliRun.run("classify", "--rules", file.toString(), "--text", "x");
    assertEquals(1, broken.status(), "a refused rule file is bad input");
    assertTrue(broken.err().contains("rules.yaml line 3"), broken.err());
  }

  @Test
  void rulesCheckSaysOkOrEveryErrorWithItsLine(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "rules:\n  - id: ladder\n    levels:\n      - {level: 1, clock: RESPONSE, percent: 50, "
        + "notify: [{role: GROUP_LEAD}]}\n");
    CliRun ok = CliRun.run("rules", "check", rules.toString());
    assertEquals(0, ok.status(), ok.err());
    assertEquals("ok", ok.out().strip());

    Files.writeString(rules, "rules:\n  - id: ladder\n    levels:\n      - {level: 1, clock: RESPONSE, percent: 150, "
        + "reassign: emr-l9}\n");
    Path staff = dir.resolve("staff.yaml");
    Files.writeString(staff, "groups:\n  - {id: emr-l1, line: L1}\n");
    CliRun bad = CliRun.run("rules", "check", rules.toString(), "--directory", staff.toString());
    assertEquals(1, bad.status());
    assertEquals("", bad.out(), "errors go to stderr");
    assertTrue(bad.err().contains("rules.yaml line 4: rule ladder level 1: a threshold must be within 1-100 %"), bad.err());
    assertTrue(bad.err().contains("rules.yaml line 4: rule ladder level 1 names an unknown group emr-l9"), bad.err());
  }

  @Test
  void replayPrintsTheJournalOfAScenarioAsJsonLines() {
    CliRun replay = CliRun.run("replay", "scenarios/utilities-emergency-at-night.yaml");
    assertEquals(0, replay.status(), replay.err());
    List<String> lines = replay.out().lines().toList();
    assertTrue(lines.get(0).startsWith("{\"ticket\":\"DESK-2026-000001\",\"sequence\":1,"
        + "\"at\":\"2026-01-15T02:10+03:00\",\"event\":\"Registered\""), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"event\":\"EscalationFired\"")), replay.out());
  }

  @Test
  void helpAndErrorsNameTheSameChannelsAsTheSdk() {
    List<String> names = Arrays.stream(Channel.values()).map(Channel::name).toList();
    assertEquals(String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1),
        ClassifyCommand.CHANNELS);
    assertTrue(CliRun.run("classify", "--help").out().replaceAll("\\s+", " ").contains(ClassifyCommand.CHANNELS));
    CliRun fax = CliRun.run("classify", "--text", "x", "--channel", "FAX");
    assertEquals(1, fax.status());
    assertEquals("The channel must be " + ClassifyCommand.CHANNELS + "; FAX is none of them.", fax.err().strip());
  }

  @Test
  void everyHelpTextIsASentence() {
    CommandLine desk = DeskCommand.configure(new CommandLine(new DeskCommand()));
    List<CommandLine> all = new ArrayList<>(List.of(desk));
    for (int i = 0; i < all.size(); i++) {
      all.addAll(all.get(i).getSubcommands().values());
    }
    for (CommandLine c : all) {
      String description = String.join(" ", c.getCommandSpec().usageMessage().description()).strip();
      if (!c.getCommandName().equals("help")) { // picocli's own
        assertTrue(description.matches("[A-Z].*\\.$"), c.getCommandName() + ": " + description);
      }
      for (var option : c.getCommandSpec().options()) {
        String text = String.join(" ", option.description()).strip();
        assertTrue(text.matches("[A-Z].*\\.$"), c.getCommandName() + " " + option.longestName() + ": " + text);
      }
    }
  }

  /** A Java type or a parser's token named in a message: what a person reading an error must never see. */
  private static final Pattern CODE_WORDS = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[\\w.$]*[A-Z]|`|JsonToken|Exception|"
      + "java\\.|class ");

  @Test
  void noErrorNamesAJavaTypeOrAParserToken(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    for (String text : List.of("rules: 5\n", "rules:\n  - id: a\n    when: [\n", "rules:\n  - id: a\n    levels: x\n",
        "rules: [{id: a, levels: [{level: one}]}]\n", "{\"rules\": [1, 2]}", "steps: 5\n", "tickets: [1]\n")) {
      Files.writeString(file, text);
      for (String[] args : List.of(new String[] {"rules", "check", file.toString()},
          new String[] {"classify", "--rules", file.toString(), "--text", "x"},
          new String[] {"replay", file.toString()},
          new String[] {"sla", "add", "--calendar-file", file.toString(), "--from", "2026-01-01T10:00:00+03:00",
              "--duration", "PT1H"})) {
        CliRun r = CliRun.run(args);
        assertEquals(1, r.status(), String.join(" ", args) + " with " + text + ": " + r.err());
        assertFalse(CODE_WORDS.matcher(r.err()).find(), String.join(" ", args) + " with " + text + ": " + r.err());
      }
    }
    CliRun missing = CliRun.run("replay", dir.resolve("nope.yaml").toString());
    assertEquals("There is no file " + dir.resolve("nope.yaml") + ".", missing.err().strip());
  }
}
