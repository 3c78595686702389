package dev.desk.jdbc.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Commits that arrive while one is written go together; a refused group is written item by item. */
final class GroupCommitTest {

  /** Records what it wrote; its first write waits for the test's word; an item named "bad" is refused. */
  private static final class Recorder {
    final List<List<String>> transactions = Collections.synchronizedList(new ArrayList<>());
    final List<List<String>> refused = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch firstMayEnd = new CountDownLatch(1);
    final CountDownLatch firstStarted = new CountDownLatch(1);

    /** A group commit writing through this recorder. */
    GroupCommit<String> group(int writers, int largest) {
      return new GroupCommit<>(this::writeTogether, this::writeAlone, writers, largest);
    }

    void writeTogether(List<String> items) {
      if (items.contains("bad")) {
        refused.add(items);
        throw new IllegalStateException("refused");
      }
      transactions.add(items);
    }

    void writeAlone(String item) {
      if (firstStarted.getCount() == 1) {
        firstStarted.countDown();
        waitFor(firstMayEnd);
      }
      if (item.equals("bad")) {
        throw new IllegalArgumentException("bad is refused");
      }
      transactions.add(List.of(item));
    }
  }

  @Test
  void aLoneCommitIsWrittenAtOnceByItsOwnThread() {
    Recorder writer = new Recorder();
    writer.firstStarted.countDown();
    writer.group(1, 32).commit("a");
    assertEquals(List.of(List.of("a")), writer.transactions);
  }

  @Test
  void commitsArrivingWhileOneIsWrittenGoTogetherInTheNextTransaction() throws Exception {
    Recorder writer = new Recorder();
    Map<String, Throwable> outcomes = whileTheFirstIsWritten(writer.group(1, 32), writer,
        List.of("b", "c", "d"));
    assertEquals(2, writer.transactions.size(), "the three that waited share one transaction: " + writer.transactions);
    assertEquals(List.of("a"), writer.transactions.get(0));
    assertEquals(3, writer.transactions.get(1).size());
    assertEquals(Map.of(), outcomes, "nobody failed");
  }

  @Test
  void aGroupWithARefusedCommitIsWrittenItemByItemAndOnlyItsThreadFails() throws Exception {
    Recorder writer = new Recorder();
    Map<String, Throwable> outcomes = whileTheFirstIsWritten(writer.group(1, 32), writer,
        List.of("b", "bad", "c"));
    assertEquals(1, writer.refused.size(), "the group of three was tried once: " + writer.refused);
    List<String> written = writer.transactions.stream().flatMap(List::stream).sorted().toList();
    assertEquals(List.of("a", "b", "c"), written, "each good commit written once, alone");
    assertEquals(1, outcomes.size());
    assertSame(IllegalArgumentException.class, outcomes.get("bad").getClass(), "its own failure, not the group's");
    assertNull(outcomes.get("b"));
  }

  @Test
  void noTransactionHoldsMoreThanTheLargestGroup() throws Exception {
    Recorder writer = new Recorder();
    whileTheFirstIsWritten(writer.group(1, 2), writer, List.of("b", "c", "d", "e", "f"));
    assertEquals(List.of(1, 2, 2, 1), writer.transactions.stream().map(List::size).toList());
  }

  /**
   * Commits "a", and while its write waits for the word, commits {@code later} from a thread each;
   * once they all wait, lets "a" end and waits for every thread. What each failing thread threw.
   */
  private static Map<String, Throwable> whileTheFirstIsWritten(GroupCommit<String> group, Recorder writer,
      List<String> later) throws Exception {
    Map<String, Throwable> outcomes = new ConcurrentHashMap<>();
    Thread first = committing(group, "a", outcomes);
    writer.firstStarted.await(10, TimeUnit.SECONDS);
    List<Thread> waiting = later.stream().map(item -> committing(group, item, outcomes)).toList();
    await().atMost(Duration.ofSeconds(10))
        .until(() -> waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
    writer.firstMayEnd.countDown();
    first.join();
    for (Thread t : waiting) {
      t.join();
    }
    return outcomes;
  }

  private static Thread committing(GroupCommit<String> group, String item, Map<String, Throwable> outcomes) {
    Thread t = new Thread(() -> {
      try {
        group.commit(item);
      } catch (RuntimeException e) {
        outcomes.put(item, e);
      }
    }, "commit-" + item);
    t.start();
    return t;
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
