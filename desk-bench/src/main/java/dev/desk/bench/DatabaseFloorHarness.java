package dev.desk.bench;

import static dev.desk.bench.Harnesses.print;
import static dev.desk.bench.Harnesses.spread;
import static dev.desk.bench.Harnesses.timed;

import dev.desk.bench.Harnesses.Throughput;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database's own floor under a registration: what the rows one registration writes cost the
 * server with no desk code at all. desk registers one ticket ({@link RegistrationHarness}'s whole
 * registration); its rows (the ticket, its journal, its outbox entry, its timers, the counters it
 * moved) are read back and then written again and again with fresh keys, each copy in one
 * transaction of one batch per table, as desk's store writes them, by {@code -Dthreads=4} plain
 * JDBC connections for {@code -Drounds=3} rounds of {@code -Dseconds=20}; {@code -Dgroup=N} commits
 * N copies together, as desk's group commit may. It prints copies per
 * second and the machine's busy CPU per copy: a registration of desk cannot cost less than that.
 * {@code -Ddb=postgresql|h2} ({@code -Durl} names another PostgreSQL server):
 * {@code java -cp desk-bench/target/benchmarks.jar dev.desk.bench.DatabaseFloorHarness}.
 */
public final class DatabaseFloorHarness {

  private static final String DB = System.getProperty("db", "postgresql");
  private static final int THREADS = Integer.getInteger("threads", 4);
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final int SECONDS = Integer.getInteger("seconds", 20);
  private static final int GROUP = Integer.getInteger("group", 1);

  private DatabaseFloorHarness() {}

  /** Registers one ticket with desk, then writes its rows again for the rounds and prints each. */
  public static void main(String[] args) throws Exception {
    Harnesses.quiet();
    try (ScratchDatabase database = new ScratchDatabase(DB, "desk-floor")) {
      List<Table> tables;
      List<String> counters = new ArrayList<>();
      try (JdbcTicketStore store = JdbcTicketStore.builder().url(database.url).poolSize(2).build()) {
        TicketSnapshot t = ScratchDatabase.wholeRegistration(store, FakeClock.at("2026-03-02T08:30:00+03:00"))
            .register(Fixtures.SYSTEM, Fixtures.hospitalTicketBySms().build());
        try (Connection c = DriverManager.getConnection(database.url)) {
          tables = List.of(Table.read(c, "desk_ticket", "id", t.id().toString()),
              Table.read(c, "desk_journal", "ticket_id", t.id().toString()),
              Table.read(c, "desk_outbox", "ticket_id", t.id().toString()),
              Table.read(c, "desk_timer", "ticket_id", t.id().toString()));
          try (PreparedStatement s = c.prepareStatement("SELECT name FROM desk_counter ORDER BY name");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              counters.add(r.getString(1));
            }
          }
        }
      }
      // the settings desk's store gives each (JdbcTicketStore.Builder.tuned): on H2, each commit written before it returns
      String url = DB.equals("h2") ? database.url + ";PAGE_SIZE=2048;MAX_COMPACT_TIME=0;WRITE_DELAY=0"
          : database.url + "&reWriteBatchedInserts=true";
      print("one registration's rows on " + DB + ": %s, counters moved %s; %d threads, %d a transaction",
          tables.stream().map(x -> x.rows.size() + " in " + x.name).toList(), counters, THREADS, GROUP);
      round(url, tables, counters, Duration.ofSeconds(10)); // warm-up
      List<Throughput> rounds = new ArrayList<>();
      for (int i = 1; i <= ROUNDS; i++) {
        Throughput r = round(url, tables, counters, Duration.ofSeconds(SECONDS));
        rounds.add(r);
        print("round %d: %,.0f copies/s, %.3f ms of busy CPU each (this JVM %.3f ms)", i, r.perSecond(),
            r.cpuMillis(), r.jvmMillis());
      }
      print("copies/s %s; ms of busy CPU each %s",
          spread("%,.0f", rounds.stream().mapToDouble(Throughput::perSecond).toArray()),
          spread("%.3f", rounds.stream().mapToDouble(Throughput::cpuMillis).toArray()));
    }
  }

  /** Each thread writes copies on a connection of its own until the round ends. */
  private static Throughput round(String url, List<Table> tables, List<String> counters, Duration length)
      throws Exception {
    return timed(THREADS, length, (running, done) -> {
      try (Connection c = DriverManager.getConnection(url)) {
        c.setAutoCommit(false);
        List<PreparedStatement> inserts = new ArrayList<>();
        for (Table table : tables) {
          inserts.add(c.prepareStatement(table.insert()));
        }
        PreparedStatement move = c.prepareStatement(
            "UPDATE desk_counter SET counter_value = counter_value + 1 WHERE name = ?");
        for (long n = 1; running.get(); n++) {
          for (String counter : counters) { // first, in name order, as desk moves them
            move.setString(1, counter);
            move.addBatch();
          }
          move.executeBatch();
          String id = UUID.randomUUID().toString();
          String number = "FLOOR-" + id;
          for (int t = 0; t < tables.size(); t++) {
            tables.get(t).queue(inserts.get(t), Map.of("id", id, "ticket_id", id, "ticket_number", number,
                "entry_key", UUID.randomUUID().toString()));
            inserts.get(t).executeBatch();
          }
          if (n % GROUP == 0) {
            c.commit();
            done.addAndGet(GROUP);
          }
        }
      }
    });
  }

  /** The rows of one table that one registration wrote, with the SQL types to write them again. */
  private record Table(String name, List<String> columns, List<String> types, List<List<Object>> rows) {

    static Table read(Connection c, String name, String keyColumn, String key) throws SQLException {
      // names made here, the key a bound parameter
      try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + name + " WHERE " + keyColumn + " = ?")) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          ResultSetMetaData meta = r.getMetaData();
          List<String> columns = new ArrayList<>();
          List<String> types = new ArrayList<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (!meta.isAutoIncrement(i)) { // the journal's position is the database's to number
              columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT)); // H2 answers in capitals
              types.add(meta.getColumnTypeName(i));
            }
          }
          List<List<Object>> rows = new ArrayList<>();
          while (r.next()) {
            List<Object> row = new ArrayList<>();
            for (String column : columns) {
              row.add(r.getObject(column));
            }
            rows.add(row);
          }
          return new Table(name, columns, types, rows);
        }
      }
    }

    String insert() {
      // PostgreSQL's json columns want their text cast, as desk's mapper does; every other value goes as read
      List<String> values = types.stream().map(type -> type.startsWith("json") ? "CAST(? AS " + type + ")" : "?")
          .toList();
      return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ")";
    }

    /** Queues this table's rows, the keys replaced by fresh ones. */
    void queue(PreparedStatement insert, Map<String, String> fresh) throws SQLException {
      for (List<Object> row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          Object value = fresh.getOrDefault(columns.get(i), null);
          insert.setObject(i + 1, value != null ? value : types.get(i).startsWith("json") ? row.get(i).toString()
              : row.get(i));
        }
        insert.addBatch();
      }
    }
  }
}
