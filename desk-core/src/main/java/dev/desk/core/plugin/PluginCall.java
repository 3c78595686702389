package dev.desk.core.plugin;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call into a plugin within its time budget, on a thread of the given pool, counted in its
 * health: a plugin that throws or hangs costs its caller this call, never more.
 *
 * @param value what the call returned, or {@code null} when it failed
 * @param problem what went wrong in words ({@code "sms-gateway ran over its budget of 50 ms"}), or
 *     {@code null} when it succeeded
 * @param <T> what the call returns
 */
public record PluginCall<T>(T value, String problem) {

  /** Whether the call returned in time. */
  public boolean succeeded() {
    return problem == null;
  }

  /**
   * Calls within the budget; a time-out cancels the call.
   *
   * @param who names the plugin (and what it was asked) in the problem's words
   */
  public static <T> PluginCall<T> within(ExecutorService pool, Duration budget, String who,
      PluginHealth.Counters health, Callable<T> call) {
    health.called();
    String refused = health.admit();
    if (refused != null) {
      return new PluginCall<>(null, who + " " + refused);
    }
    PluginHealth.Counters.Attempt attempt = health.attempt();
    Future<T> result;
    try {
      result = pool.submit(attempt.of(call));
    } catch (RejectedExecutionException e) {
      String problem = "no thread was free for " + who + " (plugins that hang hold theirs)";
      health.failed(problem);
      return new PluginCall<>(null, problem);
    }
    long millis = Math.max(1, budget.toMillis());
    try {
      T value = result.get(millis, TimeUnit.MILLISECONDS);
      health.succeeded();
      return new PluginCall<>(value, null);
    } catch (TimeoutException e) {
      result.cancel(true);
      String problem = who + " ran over its budget of " + millis + " ms";
      attempt.timedOut(problem);
      return new PluginCall<>(null, problem);
    } catch (ExecutionException e) {
      String problem = who + " failed: " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
      health.failed(problem);
      return new PluginCall<>(null, problem);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.cancel(true);
      return new PluginCall<>(null, who + " was interrupted");
    }
  }
}
