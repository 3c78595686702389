package dev.desk.core.plugin;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads plugin calls run on (a notifier's delivery, a classifier's answer, a channel's
 * poll), each within its budget ({@link PluginCall}). The host may give its own pool; else a
 * bounded one is made: at most {@code max} threads, none kept idle for long, and a call that finds
 * every thread busy (plugins that hang hold theirs) is refused at once and counted as a failure,
 * so a hanging plugin can never pile up threads. Thread-safe.
 */
public final class PluginThreads implements AutoCloseable {

  /** Threads of the default pool, at most. */
  public static final int DEFAULT_MAX = 16;
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final ExecutorService pool;
  private final boolean own;

  private PluginThreads(ExecutorService pool, boolean own) {
    this.pool = pool;
    this.own = own;
  }

  /** A bounded pool of its own, of at most {@code max} daemon threads; {@link #close()} shuts it down. */
  public static PluginThreads bounded(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a pool needs a thread at least: " + max);
    }
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, max, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "desk-plugin-" + NAMES.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
    return new PluginThreads(pool, true);
  }

  /** The host's pool; {@link #close()} leaves it running: the host owns it. */
  public static PluginThreads of(ExecutorService hostPool) {
    if (hostPool == null) {
      throw new IllegalArgumentException("executor must not be null");
    }
    return new PluginThreads(hostPool, false);
  }

  /** The pool. */
  public ExecutorService pool() {
    return pool;
  }

  /** Shuts down a pool of its own, waiting up to a second for running calls; a host's pool stays. */
  @Override
  public void close() {
    if (own && !pool.isShutdown()) {
      pool.shutdownNow(); // plugin calls are interruptible and budgeted: nothing is lost with them
      try {
        pool.awaitTermination(Duration.ofSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
