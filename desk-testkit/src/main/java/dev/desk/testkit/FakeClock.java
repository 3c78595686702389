package dev.desk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. Thread-safe; clocks made with
 * {@link #withZone(ZoneId)} share the same instant.
 */
public final class FakeClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private FakeClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock showing {@code start} in the zone. */
  public static FakeClock at(Instant start, ZoneId zone) {
    return new FakeClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
  }

  /** A clock showing the ISO-8601 instant (with offset) in UTC. */
  public static FakeClock at(String isoInstant) {
    return at(OffsetDateTime.parse(isoInstant).toInstant(), ZoneId.of("UTC"));
  }

  /** Moves the clock to an instant (also backwards, to test how code copes with that). */
  public FakeClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  /** Moves the clock forward; a negative duration is refused. */
  public FakeClock advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("advance takes a positive duration; use set() to go back");
    }
    now.updateAndGet(t -> t.plus(duration));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public FakeClock withZone(ZoneId newZone) {
    return new FakeClock(now, newZone);
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + ", " + zone + "]";
  }
}
