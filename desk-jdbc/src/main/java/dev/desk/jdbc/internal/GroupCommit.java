package dev.desk.jdbc.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes the commits of threads that commit at the same time in one transaction (group commit):
 * while a transaction is being written, the commits that arrive wait and go together in the
 * next, so a busy store pays one round trip per table, one commit and one flush to disk for
 * several tickets instead of for each. No thread of its own: the threads that commit take turns
 * writing. A thread returns only once its own commit is written, or with its own failure: a
 * group the database refuses is written again item by item, so one bad commit fails alone.
 *
 * @param <T> what is committed
 */
public final class GroupCommit<T> {

  private final Consumer<List<T>> together;
  private final Consumer<T> alone;
  private final int writers;
  private final int largest;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition written = lock.newCondition();
  private final ArrayDeque<Pending<T>> waiting = new ArrayDeque<>();
  private int writing;

  /**
   * @param together writes all of its items in one transaction, or none and throws
   * @param alone writes one item in its own transaction; what it throws is the committing thread's
   * @param writers how many transactions may be written at once
   * @param largest the most items in one transaction
   */
  public GroupCommit(Consumer<List<T>> together, Consumer<T> alone, int writers, int largest) {
    if (writers < 1 || largest < 1) {
      throw new IllegalArgumentException("writers and largest must be positive");
    }
    this.together = together;
    this.alone = alone;
    this.writers = writers;
    this.largest = largest;
  }

  /** Returns once {@code item} is written, or throws what refused it. */
  public void commit(T item) {
    Pending<T> mine = new Pending<>(item);
    lock.lock();
    try {
      waiting.add(mine);
      while (!mine.finished) {
        if (writing < writers && !waiting.isEmpty()) {
          List<Pending<T>> group = new ArrayList<>();
          while (group.size() < largest && !waiting.isEmpty()) {
            group.add(waiting.poll());
          }
          writing++;
          lock.unlock();
          try {
            write(group);
          } finally {
            lock.lock();
            writing--;
            written.signalAll();
          }
        } else {
          written.awaitUninterruptibly();
        }
      }
    } finally {
      lock.unlock();
    }
    rethrow(mine.failure);
  }

  private void write(List<Pending<T>> group) {
    if (group.size() > 1) {
      try {
        together.accept(group.stream().map(p -> p.item).toList());
        group.forEach(p -> p.finished = true);
        return;
      } catch (RuntimeException refused) {
        // which of them was refused the database does not say: each again on its own
      }
    }
    for (Pending<T> p : group) {
      try {
        alone.accept(p.item);
      } catch (Throwable e) { // handed to the thread whose commit it is, whatever it is
        p.failure = e;
      }
      p.finished = true;
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  /** A commit waiting for its turn; its fields are written by the writing thread before it takes the lock. */
  private static final class Pending<T> {
    final T item;
    boolean finished;
    Throwable failure;

    Pending(T item) {
      this.item = item;
    }
  }
}
