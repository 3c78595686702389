package dev.desk.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.ticket.Urgency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A plugin that fails, hangs or ignores interruption costs its callers a bounded share: a few
 * threads at most, and after repeated failures not even a call, until a trial after the cool-down.
 */
final class PluginGateTest {

  /** A clock the test moves. */
  private static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-03-16T06:00:00Z");

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  @Test
  void repeatedFailuresOpenTheCircuitAndATrialAfterTheCoolDownClosesIt() {
    Ticking clock = new Ticking();
    PluginHealth.Counters gate = new PluginHealth.Counters("sms-gateway", clock);
    for (int i = 0; i < PluginHealth.Counters.OPEN_AFTER; i++) {
      assertNull(gate.admit(), "closed: called");
      gate.failed("503");
    }
    assertTrue(gate.health().circuitOpen());
    assertNotNull(gate.admit(), "open: not called");
    clock.now = clock.now.plus(PluginHealth.Counters.COOL_DOWN);
    assertNull(gate.admit(), "after the cool-down, one trial");
    assertNotNull(gate.admit(), "while the trial runs, nobody else");
    gate.succeeded();
    assertFalse(gate.health().circuitOpen());
    assertNull(gate.admit(), "closed again");
    assertEquals(2, gate.health().skipped());

    PluginHealth.Counters again = new PluginHealth.Counters("flaky", clock);
    for (int i = 0; i < PluginHealth.Counters.OPEN_AFTER; i++) {
      again.admit();
      again.timedOut("slow");
    }
    clock.now = clock.now.plus(PluginHealth.Counters.COOL_DOWN);
    assertNull(again.admit());
    again.timedOut("still slow");
    assertNotNull(again.admit(), "a failed trial opens it for another cool-down");
  }

  @Test
  void callsStuckPastTheirBudgetFillItsShareUntilTheyEnd() throws Exception {
    PluginHealth.Counters gate = new PluginHealth.Counters("hangs");
    List<PluginHealth.Counters.Attempt> stuck = new ArrayList<>();
    for (int i = 0; i < PluginHealth.Counters.MAX_STUCK; i++) {
      assertNull(gate.admit());
      PluginHealth.Counters.Attempt a = gate.attempt();
      a.timedOut("hangs ran over its budget");
      stuck.add(a);
    }
    assertEquals("has 4 calls still running past their budget", gate.admit());
    stuck.get(0).of(() -> "ends at last").call(); // one stuck call ends: its thread is free again
    assertNull(gate.admit(), "a share given back is taken again");
    PluginHealth.Counters other = new PluginHealth.Counters("late-but-done");
    for (int i = 0; i < PluginHealth.Counters.MAX_STUCK; i++) {
      PluginHealth.Counters.Attempt inTime = other.attempt();
      inTime.of(() -> "done").call();
      inTime.timedOut("told of its time-out after it ended");
    }
    assertNull(other.admit(), "calls that ended before their time-out was told hold nothing");
  }

  @Test
  void aClassifierThatIgnoresInterruptionHoldsNoMoreThanItsShareAndTheRestGoOnWithoutIt() {
    AtomicBoolean released = new AtomicBoolean();
    AtomicInteger started = new AtomicInteger();
    UrgencyClassifier stubborn = new UrgencyClassifier() {
      @Override public String name() { return "stubborn"; }
      @Override public Duration timeBudget() { return Duration.ofMillis(20); }
      @Override public Classification classify(ClassificationRequest request) {
        started.incrementAndGet();
        while (!released.get()) {
          Thread.interrupted(); // ignores every interruption
          Thread.onSpinWait();
        }
        return null;
      }
    };
    try (UrgencyClassification c = UrgencyClassification.of(UrgencyRules.defaults(), List.of(stubborn))) {
      for (int i = 0; i < 40; i++) {
        assertEquals(Urgency.EMERGENCY, c.classify(ClassificationRequest.ofText("пахнет газом")).urgency());
      }
      int held = started.get();
      assertTrue(held <= PluginHealth.Counters.MAX_STUCK, held + " threads held: no more than its share");
      PluginHealth h = c.health().get(0);
      assertEquals(held, h.timeouts());
      assertEquals(40 - held, h.skipped() + h.failures(), "the rest were never started, and nobody waited for them");
    } finally {
      released.set(true);
    }
  }

  @Test
  void aClassifierThatTimesOutAgainAndAgainIsNoLongerCalled() {
    AtomicInteger started = new AtomicInteger();
    CountDownLatch never = new CountDownLatch(1);
    UrgencyClassifier slow = new UrgencyClassifier() {
      @Override public String name() { return "slow"; }
      @Override public Duration timeBudget() { return Duration.ofMillis(10); }
      @Override public Classification classify(ClassificationRequest request) throws RuntimeException {
        started.incrementAndGet();
        try {
          never.await(); // a plugin's own wait, cut short by the interruption of its time-out
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }
    };
    try (UrgencyClassification c = UrgencyClassification.of(UrgencyRules.defaults(), List.of(slow))) {
      for (int i = 0; i < 30; i++) {
        c.classify(ClassificationRequest.ofText("не печатает принтер"));
      }
      assertEquals(PluginHealth.Counters.OPEN_AFTER, started.get());
      assertTrue(c.health().get(0).circuitOpen());
      assertEquals(30 - PluginHealth.Counters.OPEN_AFTER, c.health().get(0).skipped());
    }
  }
}
