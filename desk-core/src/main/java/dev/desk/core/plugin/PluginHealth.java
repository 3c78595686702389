package dev.desk.core.plugin;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How a plugged-in classifier or notifier has fared since start: the health view.
 *
 * @param plugin its name
 * @param calls how often it was called
 * @param failures how often it threw or answered nothing usable
 * @param timeouts how often it ran over its time budget
 * @param lastProblem the last failure or timeout in words (never a ticket's text), or {@code null}
 */
public record PluginHealth(String plugin, long calls, long failures, long timeouts, String lastProblem) {

  /** Thread-safe counters behind a {@link PluginHealth}. */
  public static final class Counters {
    private final String plugin;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicReference<String> lastProblem = new AtomicReference<>();

    /** Counters for a plugin. */
    public Counters(String plugin) {
      this.plugin = plugin;
    }

    /** Counts a call. */
    public void called() { calls.incrementAndGet(); }
    /** Counts a failure and keeps its words. */
    public void failed(String problem) { failures.incrementAndGet(); lastProblem.set(problem); }
    /** Counts a time-out and keeps its words. */
    public void timedOut(String problem) { timeouts.incrementAndGet(); lastProblem.set(problem); }

    /** The counts now. */
    public PluginHealth health() {
      return new PluginHealth(plugin, calls.get(), failures.get(), timeouts.get(), lastProblem.get());
    }
  }
}
