package dev.desk.core;

import dev.desk.core.channel.Inbox;
import dev.desk.core.journal.JournalFollower;
import dev.desk.spi.channel.InboundChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An optional runner a host may start instead of scheduling desk's work itself: it calls the
 * timer sweep, the outbox's delivery, channel polls and journal followers at their intervals, each
 * after the previous call of its kind has ended, and stops cleanly. A sweep goes on while it finds
 * timers due (up to its interval's length), so a burst of due timers is drained at once rather
 * than {@link Desk#SWEEP_BATCH} tickets an interval; {@link Builder#sweepers} sweeps with several
 * threads, as several nodes would. desk starts no thread unless a host starts a runner. A failing
 * call is logged and tried again at the next interval.
 *
 * <pre>{@code
 * try (DeskRunner runner = DeskRunner.builder(desk).sweepEvery(Duration.ofSeconds(30)).start()) {
 *   ... // the host's own life
 * }
 * }</pre>
 *
 * <p>Thread-safe once started.
 */
public final class DeskRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DeskRunner.class);
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final ScheduledExecutorService scheduler;
  private final boolean ownScheduler;
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  private DeskRunner(Builder b) {
    ownScheduler = b.scheduler == null;
    scheduler = ownScheduler ? Executors.newScheduledThreadPool(b.sweepers, r -> {
      Thread t = new Thread(r, "desk-runner-" + NAMES.incrementAndGet());
      t.setDaemon(true);
      return t;
    }) : b.scheduler;
    for (Job job : b.jobs) {
      long millis = job.every().toMillis();
      tasks.add(scheduler.scheduleWithFixedDelay(() -> run(job), millis, millis, TimeUnit.MILLISECONDS));
    }
  }

  /** A builder for a runner of this desk: a sweep every 30 seconds and a delivery round every 10 by default. */
  public static Builder builder(Desk desk) {
    return new Builder(desk);
  }

  private static void run(Job job) {
    try {
      job.work().run();
    } catch (RuntimeException e) {
      LOG.warn("{} failed; it runs again in {}", job.name(), job.every(), e);
    }
  }

  /** Stops every task, waiting for a running call to end; a scheduler the host gave stays the host's. */
  @Override
  public void close() {
    tasks.forEach(t -> t.cancel(false));
    if (ownScheduler) {
      scheduler.shutdown();
      try {
        if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
          scheduler.shutdownNow();
        }
      } catch (InterruptedException e) {
        scheduler.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Sweeps while timers are due, for at most {@code budget} of wall time: each call fires at most
   * {@link Desk#SWEEP_BATCH} tickets, and a burst of due timers should not wait an interval per
   * batch.
   */
  static void sweepWhileDue(Desk desk, Duration budget) {
    long end = System.nanoTime() + budget.toNanos();
    while (desk.runDueTimers() > 0 && System.nanoTime() < end) {
      // the next batch of the burst
    }
  }

  private record Job(String name, Duration every, Runnable work) {}

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Desk desk;
    private final List<Job> jobs = new ArrayList<>();
    private Duration sweep = Duration.ofSeconds(30);
    private Duration deliver = Duration.ofSeconds(10);
    private int sweepers = 1;
    private ScheduledExecutorService scheduler;

    private Builder(Desk desk) {
      this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** How often due timers are swept; {@code null} for never. */
    public Builder sweepEvery(Duration value) {
      sweep = check(value);
      return this;
    }

    /**
     * How many threads sweep at once (1 by default): each claims its own tickets, as several
     * nodes' sweeps do, so a burst of due timers drains faster where the store has cores and
     * connections to spare. The runner's own scheduler gets as many threads.
     */
    public Builder sweepers(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("sweepers must be at least 1: " + value);
      }
      sweepers = value;
      return this;
    }

    /** How often the outbox delivers a round; {@code null} for never (a store without an outbox). */
    public Builder deliverEvery(Duration value) {
      deliver = check(value);
      return this;
    }

    /** Polls a channel into the inbox at this interval. */
    public Builder poll(Inbox inbox, InboundChannel channel, Duration every) {
      Objects.requireNonNull(inbox, "inbox");
      Objects.requireNonNull(channel, "channel");
      jobs.add(new Job("poll of " + channel.name(), Objects.requireNonNull(check(every), "every"),
          () -> inbox.poll(channel)));
      return this;
    }

    /** Feeds a journal follower at this interval, all it has to read each time ({@link JournalFollower#catchUp}). */
    public Builder follow(JournalFollower follower, Duration every) {
      Objects.requireNonNull(follower, "follower");
      jobs.add(new Job("journal follower", Objects.requireNonNull(check(every), "every"), follower::catchUp));
      return this;
    }

    /** The host's scheduler to run on; by default the runner makes one daemon thread and stops it on close. */
    public Builder scheduler(ScheduledExecutorService value) {
      scheduler = Objects.requireNonNull(value, "scheduler");
      return this;
    }

    private static Duration check(Duration value) {
      if (value != null && (value.isNegative() || value.isZero())) {
        throw new IllegalArgumentException("an interval must be positive: " + value);
      }
      return value;
    }

    /** Starts the runner. */
    public DeskRunner start() {
      if (sweep != null) {
        Duration every = sweep;
        for (int i = 0; i < sweepers; i++) {
          jobs.add(new Job("timer sweep", every, () -> sweepWhileDue(desk, every)));
        }
      }
      if (deliver != null) {
        jobs.add(new Job("notification delivery", deliver, desk::deliverNotifications));
      }
      return new DeskRunner(this);
    }
  }
}
