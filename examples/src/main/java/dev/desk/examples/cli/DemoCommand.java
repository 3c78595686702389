package dev.desk.examples.cli;

import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.examples.demo.ContactCentreDemo;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.TicketStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code desk demo}: the contact-centre demo. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs the contact-centre demo on a simulated clock, keeps it in an H2 file (or the database of --db) "
        + "and prints the tickets' journals.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--start", defaultValue = "2026-03-02T08:30:00+03:00",
      description = "When the simulated day starts, as a date and time with its offset. The default is ${DEFAULT-VALUE}.")
  private OffsetDateTime start;

  @Option(names = "--data-dir", defaultValue = "desk-data",
      description = "The folder of the embedded H2 database file. The default is ${DEFAULT-VALUE}.")
  private Path dataDir;

  @Option(names = "--db",
      description = "A JDBC URL of a database to use instead of the H2 file, such as jdbc:postgresql://... or "
          + "jdbc:mariadb://....")
  private String db;

  @Option(names = "--in-memory", description = "Keeps nothing: the tickets live in memory for the run only.")
  private boolean inMemory;

  @Option(names = "--report", description = "Where to write the day's HTML report with charts. The default is "
      + "report-DATE.html in the data folder; with --in-memory, none unless this is given.")
  private Path report;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String url = db != null ? db : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("desk");
    try (TicketStore store = inMemory ? new InMemoryTicketStore() : JdbcTicketStore.builder().url(url).poolSize(4).numberBlock(1).build()) {
      out.println("storing tickets " + (inMemory ? "in memory" : db != null ? "in the database " + redacted(db)
          : "in the H2 file " + dataDir.toAbsolutePath().resolve("desk.mv.db")));
      ContactCentreDemo demo = new ContactCentreDemo(start.toInstant(), out, store);
      demo.run();
      Path file = report != null ? report : inMemory ? null
          : dataDir.resolve("report-" + start.toLocalDate() + ".html");
      if (file != null) {
        writeReport(file.toAbsolutePath(), demo.htmlReport());
        out.println();
        out.println("== The day's report with charts: " + file.toAbsolutePath());
      }
    }
    out.flush();
    return 0;
  }

  private static void writeReport(Path file, String html) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot write the report to " + file + ": "
          + e.getMessage(), e);
    }
  }

  /** The URL without its query (which may hold a user or password). */
  private static String redacted(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
