package dev.desk.core.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How a plugged-in classifier, notifier or channel has fared since start: the health view.
 *
 * @param plugin its name
 * @param calls how often it was called
 * @param failures how often it threw or answered nothing usable
 * @param timeouts how often it ran over its time budget
 * @param lastProblem the last failure or timeout in words (never a ticket's text), or {@code null}
 * @param skipped how often it was not called: its circuit was open, or its calls stuck past their budget filled its share
 * @param circuitOpen whether desk has stopped calling it for a cool-down after repeated failures
 */
public record PluginHealth(String plugin, long calls, long failures, long timeouts, String lastProblem, long skipped,
    boolean circuitOpen) {

  /** The view of a plugin that was never skipped and whose circuit is closed. */
  public PluginHealth(String plugin, long calls, long failures, long timeouts, String lastProblem) {
    this(plugin, calls, failures, timeouts, lastProblem, 0, false);
  }

  /**
   * A plugin's gate and counters. The gate bounds what a plugin may cost: while {@link #MAX_STUCK}
   * of its calls still run past their budget (a plugin that hangs, even ignoring interruption,
   * holds no more threads than that) it is not called, and after {@link #OPEN_AFTER} failures or time-outs in a row its
   * circuit opens: desk stops calling it for {@link #COOL_DOWN}, then lets one trial call through,
   * which closes the circuit if it succeeds. Meanwhile the callers go on at full speed without it
   * (the built-in answer stands, a notice waits). Thread-safe.
   */
  public static final class Counters {
    /** Failures or time-outs in a row that open the circuit. */
    public static final int OPEN_AFTER = 5;
    /** How long an open circuit stays open before a trial call. */
    public static final Duration COOL_DOWN = Duration.ofSeconds(30);
    /** Calls of one plugin that may still run past their budget before it is called no more. */
    public static final int MAX_STUCK = 4;

    private final String plugin;
    private final Clock clock;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicReference<String> lastProblem = new AtomicReference<>();
    private final AtomicInteger stuck = new AtomicInteger();
    private final AtomicInteger inARow = new AtomicInteger();
    private final AtomicReference<Instant> openUntil = new AtomicReference<>();
    private final AtomicBoolean trialRunning = new AtomicBoolean();

    /** Counters for a plugin, the cool-down on the system clock. */
    public Counters(String plugin) {
      this(plugin, Clock.systemUTC());
    }

    /** Counters for a plugin, the cool-down on this clock. */
    public Counters(String plugin, Clock clock) {
      this.plugin = plugin;
      this.clock = clock;
    }

    /** Counts a call. */
    public void called() { calls.incrementAndGet(); }
    /** Counts a failure and keeps its words; enough of them in a row open the circuit. */
    public void failed(String problem) { failures.incrementAndGet(); lastProblem.set(problem); stumbled(); }
    /** Counts a time-out and keeps its words; enough of them in a row open the circuit. */
    public void timedOut(String problem) { timeouts.incrementAndGet(); lastProblem.set(problem); stumbled(); }

    /** A call answered in time: the circuit closes. */
    public void succeeded() {
      inARow.set(0);
      openUntil.set(null);
      trialRunning.set(false);
    }

    /**
     * Whether a call may start now: {@code null} when it may, else why not (its circuit is open, or
     * {@link #MAX_STUCK} of its calls still run past their budget); a refusal counts as skipped.
     */
    public String admit() {
      Instant until = openUntil.get();
      if (until != null && (clock.instant().isBefore(until) || !trialRunning.compareAndSet(false, true))) {
        skipped.incrementAndGet();
        return "is not called until " + until + ": its circuit opened after " + OPEN_AFTER
            + " failures or time-outs in a row";
      }
      if (stuck.get() >= MAX_STUCK) {
        skipped.incrementAndGet();
        trialRunning.set(false);
        return "has " + MAX_STUCK + " calls still running past their budget";
      }
      return null;
    }

    /** One admitted call: it is counted as stuck from its time-out until it really ends. */
    public Attempt attempt() {
      return new Attempt();
    }

    /** One admitted call of the plugin. */
    public final class Attempt {
      private final AtomicInteger state = new AtomicInteger(); // 0 running, 1 ended, 2 past its budget

      private Attempt() {}

      /** The call, so that its end, however late, is known. */
      public <T> Callable<T> of(Callable<T> call) {
        return () -> {
          try {
            return call.call();
          } finally {
            if (!state.compareAndSet(0, 1)) {
              stuck.decrementAndGet(); // it ended after its time-out: its thread is free again
            }
          }
        };
      }

      /** The call ran over its budget: counted, and stuck until it ends. */
      public void timedOut(String problem) {
        if (state.compareAndSet(0, 2)) {
          stuck.incrementAndGet();
        }
        Counters.this.timedOut(problem);
      }
    }

    private void stumbled() {
      trialRunning.set(false);
      if (inARow.incrementAndGet() >= OPEN_AFTER || openUntil.get() != null) {
        openUntil.set(clock.instant().plus(COOL_DOWN));
      }
    }

    /** The counts now. */
    public PluginHealth health() {
      Instant until = openUntil.get();
      return new PluginHealth(plugin, calls.get(), failures.get(), timeouts.get(), lastProblem.get(), skipped.get(),
          until != null);
    }
  }
}
