package dev.desk.jdbc;

import dev.desk.core.Desk;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The child process of {@link CrashTest} and {@link MigrationKillTest}: registers emergency tickets on the store at the URL
 * until it is killed, printing each number only after its registration returned.
 */
public final class CrashWorker {

  static final Instant T0 = Instant.parse("2026-03-02T05:30:00Z");

  private CrashWorker() {}

  /**
   * args: the JDBC URL, and {@code hang-sweep} to claim the due tickets and hang holding them,
   * {@code start} only to start (and migrate the schema), {@code synced} to register with every
   * commit synced to the disk, or {@code compact} to compact the file after every 10 registrations
   * (printing {@code compacting} before and {@code compacted} after).
   */
  public static void main(String[] args) throws InterruptedException {
    boolean synced = args.length > 1 && args[1].equals("synced");
    JdbcTicketStore store = JdbcTicketStore.builder().url(args[0]).poolSize(4).syncEachCommit(synced).build();
    if (args.length > 1 && args[1].equals("start")) {
      store.close();
      return;
    }
    if (args.length > 1 && args[1].equals("hang-sweep")) {
      store.processDue(T0.plus(Duration.ofMinutes(8)), 1000, (ticket, due) -> {
        System.out.println("claimed " + ticket.number());
        System.out.flush();
        try {
          new CountDownLatch(1).await(); // a node that hangs, then dies, holding its claims
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Optional.empty();
      });
      return;
    }
    Desk desk = Desk.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).build();
    System.out.println("ready");
    System.out.flush();
    boolean compact = args.length > 1 && args[1].equals("compact");
    for (int i = 0; ; i++) {
      if (compact && i > 0 && i % 10 == 0) {
        System.out.println("compacting");
        System.out.flush();
        store.compact();
        System.out.println("compacted");
        System.out.flush();
      }
      TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().urgency(Urgency.EMERGENCY)
          .description("Авария " + i + ": не работает МИС в реанимации").build());
      System.out.println("ack " + t.number());
      System.out.flush();
    }
  }
}
