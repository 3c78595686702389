package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import dev.desk.spi.storage.TicketStore;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * A database of a harness's own: an H2 file in a temporary directory ({@code h2}) or a fresh
 * schema on the local PostgreSQL ({@code postgresql}), deleted or dropped on close. {@code
 * -Dh2settings} adds settings to the H2 file's URL, to measure one against desk's.
 */
final class ScratchDatabase implements AutoCloseable {

  private final ScratchH2 h2;
  private final String schema;
  /** The JDBC URL of the database. */
  final String url;

  ScratchDatabase(String db, String name) throws Exception {
    if (db.equals("h2")) {
      h2 = new ScratchH2(name);
      schema = null;
      url = h2.url(System.getProperty("h2settings", "")); // -Dh2settings=";CACHE_SIZE=65536" to try a setting
    } else if (db.equals("postgresql")) {
      h2 = null;
      schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
      Harnesses.postgres("CREATE SCHEMA " + schema); // a name made here, not input
      url = Harnesses.POSTGRES + "&currentSchema=" + schema;
    } else {
      throw new IllegalArgumentException("db is h2 or postgresql, not " + db);
    }
  }

  /**
   * A desk doing the whole registration: validate, classify, route to a group, three clocks, the
   * journal, a notice to the requester in the outbox.
   */
  static Desk wholeRegistration(TicketStore store, Clock clock) {
    ServiceDirectory staff = ServiceDirectory.builder()
        .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), Calendars.RU_CONTACT_CENTRE, "lead"))
        .group(new Group("heat-l1", SupportLine.L1, Set.of("heating"), null, "lead")).build();
    return Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).serviceDirectory(staff).notifyPeople(true).build();
  }

  @Override
  public void close() throws Exception {
    if (h2 != null) {
      h2.close();
    } else {
      Harnesses.postgres("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
