package dev.desk.jdbc;

import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.storage.TicketStore;
import java.util.function.Supplier;

/**
 * One database of a kind (memory, h2, postgresql, mariadb) for a test that runs on every store:
 * made fresh, opened as often as the test likes (a new store over the same database, as a new
 * process would), dropped on {@link #close()}. The server kinds are skipped where no server is set.
 */
final class EveryStore implements AutoCloseable {

  private final String kind;
  private final String[] created = new String[1];
  private final Supplier<TicketStore> opener;

  EveryStore(String kind) {
    this.kind = kind;
    this.opener = switch (kind) {
      case "memory" -> {
        InMemoryTicketStore one = new InMemoryTicketStore();
        yield () -> one;
      }
      case "h2" -> jdbc(TestDatabases.h2());
      case "postgresql" -> jdbc(TestDatabases.postgres(created));
      case "mariadb" -> jdbc(TestDatabases.mariadb(created));
      default -> throw new IllegalArgumentException("no store kind " + kind);
    };
  }

  private static Supplier<TicketStore> jdbc(String url) {
    return () -> JdbcTicketStore.builder().url(url).poolSize(2).build();
  }

  /** A store over the database; the in-memory kind answers its one store each time. */
  TicketStore open() {
    return opener.get();
  }

  /** Whether every {@link #open()} answers the same store. */
  boolean inMemory() {
    return kind.equals("memory");
  }

  @Override
  public void close() {
    if (kind.equals("postgresql")) {
      TestDatabases.dropPostgres(created[0]);
    } else if (kind.equals("mariadb")) {
      TestDatabases.dropMariadb(created[0]);
    }
  }
}
