package dev.desk.core.notify;

import dev.desk.core.plugin.PluginHealth;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.OutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due notifications from an outbox through the first notifier that accepts each.
 *
 * <ul>
 *   <li>Entries are leased ({@link OutboxStore#claim}), so of several nodes one delivers each; a
 *       node that dies mid-round lets its leases run out and another delivers.
 *   <li>Each call runs within the notifier's time budget on a thread of its own; a notifier that
 *       throws or runs over costs that entry one try, never the round.
 *   <li>A failed entry waits {@code firstPause}, then twice as long each time up to {@code
 *       longestPause}; after {@code maxAttempts} tries it is dead, and stays in the dead-letter
 *       list until an operator re-queues it. An entry no notifier accepts is dead at once.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final List<Notifier> notifiers;
  private final Map<String, PluginHealth.Counters> counters = new ConcurrentHashMap<>();
  private final int maxAttempts;
  private final Duration firstPause;
  private final Duration longestPause;
  private final Duration lease;
  private final int batch;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "desk-notifier-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private NotificationDelivery(Builder b) {
    notifiers = List.copyOf(b.notifiers);
    maxAttempts = b.maxAttempts;
    firstPause = b.firstPause;
    longestPause = b.longestPause;
    lease = b.lease;
    batch = b.batch;
  }

  /** A builder: 8 tries, pauses from 1 minute doubling up to 1 hour, 5-minute leases, 100 a round. */
  public static Builder builder() {
    return new Builder();
  }

  /** Delivers what is due now, at most one batch. */
  public DeliveryReport deliverDue(OutboxStore outbox, Instant now) {
    int delivered = 0;
    int retried = 0;
    int dead = 0;
    for (OutboxEntry entry : outbox.claim(now, lease, batch)) {
      Notifier notifier = notifiers.stream().filter(n -> n.accepts(entry)).findFirst().orElse(null);
      String problem = notifier == null ? "no notifier accepts " + entry.notification().recipientKind() + " "
          + entry.notification().recipient() : attempt(notifier, entry);
      if (problem == null) {
        outbox.delivered(entry.key(), now);
        delivered++;
        continue;
      }
      int attempts = entry.attempts() + 1;
      boolean giveUp = notifier == null || attempts >= maxAttempts;
      outbox.failed(entry.key(), attempts, giveUp ? null : now.plus(pauseAfter(attempts)), problem);
      LOG.warn("Notification {} of {} {} (try {}): {}", entry.key(), entry.ticketNumber(),
          giveUp ? "is dead" : "failed", attempts, problem);
      if (giveUp) {
        dead++;
      } else {
        retried++;
      }
    }
    return new DeliveryReport(delivered, retried, dead);
  }

  /** The pause after the n-th failed try: firstPause, doubling, at most longestPause. */
  public Duration pauseAfter(int attempts) {
    Duration pause = firstPause;
    for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(longestPause) > 0 ? longestPause : pause;
  }

  /** Calls, failures and time-outs of every notifier: the health view. */
  public List<PluginHealth> health() {
    return notifiers.stream().map(n -> counters(n).health()).toList();
  }

  private PluginHealth.Counters counters(Notifier n) {
    return counters.computeIfAbsent(n.name(), PluginHealth.Counters::new);
  }

  /** {@code null} when delivered, else what went wrong (the notifier's message, never the content). */
  private String attempt(Notifier notifier, OutboxEntry entry) {
    PluginHealth.Counters health = counters(notifier);
    health.called();
    Future<?> call = executor.submit(() -> {
      notifier.deliver(entry);
      return null;
    });
    long budget = Math.max(1, notifier.timeBudget().toMillis());
    try {
      call.get(budget, TimeUnit.MILLISECONDS);
      return null;
    } catch (TimeoutException e) {
      call.cancel(true);
      String problem = notifier.name() + " ran over its budget of " + budget + " ms";
      health.timedOut(problem);
      return problem;
    } catch (ExecutionException e) {
      String problem = notifier.name() + " failed: " + e.getCause().getClass().getSimpleName() + ": "
          + e.getCause().getMessage();
      health.failed(problem);
      return problem;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.cancel(true);
      return notifier.name() + " was interrupted";
    }
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final List<Notifier> notifiers = new ArrayList<>();
    private int maxAttempts = 8;
    private Duration firstPause = Duration.ofMinutes(1);
    private Duration longestPause = Duration.ofHours(1);
    private Duration lease = Duration.ofMinutes(5);
    private int batch = 100;

    private Builder() {}

    /** Adds a notifier; the first that accepts an entry delivers it. */
    public Builder notifier(Notifier value) { notifiers.add(Objects.requireNonNull(value, "notifier")); return this; }
    /** Adds notifiers in order, such as {@code PluginRegistry.notifiers()}. */
    public Builder notifiers(List<Notifier> values) { values.forEach(this::notifier); return this; }
    /** Tries before an entry is dead (8 by default). */
    public Builder maxAttempts(int value) { maxAttempts = value; return this; }
    /** The pause after the first failure, doubling after each (1 minute by default). */
    public Builder firstPause(Duration value) { firstPause = value; return this; }
    /** The longest pause (1 hour by default). */
    public Builder longestPause(Duration value) { longestPause = value; return this; }
    /** How long a claimed entry is hidden from other nodes (5 minutes by default). */
    public Builder lease(Duration value) { lease = value; return this; }
    /** Entries one round delivers at most (100 by default). */
    public Builder batch(int value) { batch = value; return this; }

    /** The delivery; refuses settings that cannot work. */
    public NotificationDelivery build() {
      if (maxAttempts < 1 || batch < 1 || firstPause.isNegative() || firstPause.isZero()
          || longestPause.compareTo(firstPause) < 0 || lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("delivery needs maxAttempts and batch of at least 1, a positive first "
            + "pause no longer than the longest, and a positive lease");
      }
      return new NotificationDelivery(this);
    }
  }
}
