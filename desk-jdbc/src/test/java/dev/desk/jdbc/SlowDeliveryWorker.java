package dev.desk.jdbc;

import dev.desk.core.Desk;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.testkit.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One process that only delivers notifications, on the real clock, with a notifier that takes
 * 100 ms a notice (every seventh 700 ms, every thirteenth hangs past its 1 s budget) and leases of
 * 3 s: a round of 100 would take 10 s, far past its lease. Appends each key it delivers to a
 * shared file, and stops once the file holds every notice or after a minute.
 */
public final class SlowDeliveryWorker {

  private SlowDeliveryWorker() {}

  /** args: JDBC URL, the file of delivered keys, how many notices there are. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args[1]);
    int expected = Integer.parseInt(args[2]);
    FileChannel delivered = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    CountDownLatch never = new CountDownLatch(1);
    Notifier slow = new Notifier() {
      @Override public String name() { return "slow-sms"; }
      @Override public boolean accepts(OutboxEntry entry) { return true; }
      @Override public Duration timeBudget() { return Duration.ofSeconds(1); }
      @Override public void deliver(OutboxEntry entry, Message message) {
        int h = Math.floorMod(entry.key().hashCode(), 91);
        try { // the gateway's own pace: it answers after this long, or is cut off by its budget
          never.await(h % 13 == 0 && entry.attempts() == 0 ? 5_000 : h % 7 == 0 ? 700 : 100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("cut off");
        }
        try { // one write per line: appends of several processes never interleave within it
          delivered.write(ByteBuffer.wrap((entry.key() + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    };
    try (JdbcTicketStore store = JdbcTicketStore.builder().url(args[0]).poolSize(2).build()) {
      Desk desk = Desk.builder().clock(Clock.systemUTC()).store(store).directory(Fixtures.directory())
          .notifications(NotificationDelivery.builder().notifier(slow).batch(100).lease(Duration.ofSeconds(3))
              .firstPause(Duration.ofMillis(200)).longestPause(Duration.ofMillis(200)).build())
          .build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (Files.readAllLines(file).size() < expected && System.nanoTime() < deadline) {
        desk.deliverNotifications();
      }
    }
    System.out.println("done");
  }
}
