package dev.desk.examples.cli;

import dev.desk.jdbc.JdbcTicketStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command finds the demo's tickets: the embedded H2 file, or another database. */
final class StoreOptions {

  @Option(names = "--data-dir", defaultValue = "desk-data",
      description = "The folder of the embedded H2 database file. The default is ${DEFAULT-VALUE}.")
  Path dataDir;

  @Option(names = "--db", description = "A JDBC URL of a database to use instead of the H2 file.")
  String db;

  /** Opens the store (migrating a new database). */
  JdbcTicketStore open() {
    String url = db != null ? db : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("desk");
    return JdbcTicketStore.builder().url(url).poolSize(2).build();
  }
}
