package dev.desk.examples.cli;

import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.examples.demo.ContactCentreDemo;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.storage.TicketStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String url = db != null ? db : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("desk");
    try (TicketStore store = inMemory ? new InMemoryTicketStore() : JdbcTicketStore.builder().url(url).poolSize(4).numberBlock(1).build()) {
      out.println("storing tickets " + (inMemory ? "in memory" : db != null ? "in the database " + redacted(db)
          : "in the H2 file " + dataDir.toAbsolutePath().resolve("desk.mv.db")));
      new ContactCentreDemo(start.toInstant(), out, store).run();
    }
    out.flush();
    return 0;
  }

  /** The URL without its query (which may hold a user or password). */
  private static String redacted(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
