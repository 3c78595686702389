package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.journal.JournalFollower;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.JournalListener;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A follower delivers in position order, waits at a hole for its grace time, then passes over it. */
final class JournalFollowerTest {

  private final FakeClock clock = FakeClock.at("2026-03-02T06:00:00Z");
  private final TreeMap<Long, PositionedEvent> journal = new TreeMap<>();
  private final JournalFeed feed = (after, limit) ->
      journal.tailMap(after, false).values().stream().limit(limit).toList();
  private final List<Long> seen = new ArrayList<>();
  private final List<Long> caughtUp = new ArrayList<>();
  private final JournalListener listener = new JournalListener() {
    @Override
    public void onEvent(PositionedEvent event) {
      seen.add(event.position());
    }

    @Override
    public void onCaughtUp(long position) {
      caughtUp.add(position);
    }
  };

  private void write(long position) {
    JournalEvent e = new JournalEvent(TicketId.random(), 2, clock.instant(), "petrov", ActorRole.AGENT, null,
        new TicketChange.Commented("comment " + position, false));
    journal.put(position, new PositionedEvent(position, e));
  }

  @Test
  void deliversInOrderFromTheChosenPointAndSaysWhenCaughtUp() {
    for (long p = 1; p <= 5; p++) {
      write(p);
    }
    JournalFollower follower = new JournalFollower(feed, listener, clock, 2, Duration.ofSeconds(10), 2);
    assertEquals(2, follower.poll());
    assertEquals(1, follower.poll());
    assertEquals(List.of(3L, 4L, 5L), seen);
    assertEquals(List.of(5L), caughtUp, "only the short read says so");
    assertEquals(5, follower.position());
  }

  @Test
  void catchingUpReadsFullBatchesUntilOneIsNotFullOrAHoleStopsIt() {
    for (long p = 1; p <= 7; p++) {
      write(p);
    }
    write(9); // 8 is still being written
    JournalFollower follower = new JournalFollower(feed, listener, clock, 0, Duration.ofSeconds(10), 3);
    assertEquals(7, follower.catchUp(), "three full batches' worth, up to the hole");
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), seen);
    write(8);
    assertEquals(2, follower.catchUp());
    assertEquals(0, follower.catchUp());
    assertEquals(9, follower.position());
  }

  @Test
  void waitsAtAHoleThatAnotherCommitMayStillFillThenPassesOverIt() {
    write(1);
    write(3); // position 2 was taken by a commit still writing
    JournalFollower follower = new JournalFollower(feed, listener, clock, 0, Duration.ofSeconds(10), 100);
    assertEquals(1, follower.poll());
    clock.advance(Duration.ofSeconds(9));
    assertEquals(0, follower.poll(), "within the grace time the hole is waited for");
    write(2);
    assertEquals(2, follower.poll(), "the late commit is delivered in its place");
    assertEquals(List.of(1L, 2L, 3L), seen);

    write(6); // 4 and 5 were never used: their commit failed
    assertEquals(0, follower.poll());
    clock.advance(Duration.ofSeconds(10));
    assertEquals(1, follower.poll(), "past the grace time the hole is passed over");
    assertEquals(List.of(1L, 2L, 3L, 6L), seen);
  }
}
