package dev.desk.core.sla;

import java.time.Duration;

/**
 * A rung of a warning ladder: a percentage of the target consumed, or an absolute working time
 * before the deadline. Exactly one is set.
 *
 * @param percent 1 to 99, or 0 when {@code beforeDeadline} is set
 * @param beforeDeadline working time before the deadline, or {@code null} when {@code percent} is set
 */
public record WarningThreshold(int percent, Duration beforeDeadline) {

  /** Checks that exactly one form is used and in range. */
  public WarningThreshold {
    if (beforeDeadline == null ? percent < 1 || percent > 99 : percent != 0 || beforeDeadline.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException("a warning threshold is 1-99 % of the target or a positive working time"
          + " before the deadline, not " + percent + "% / " + beforeDeadline);
    }
  }

  /** Warn when {@code percent} % of the target is consumed. */
  public static WarningThreshold percent(int percent) {
    return new WarningThreshold(percent, null);
  }

  /** Warn when {@code before} of working time is left. */
  public static WarningThreshold before(Duration before) {
    return new WarningThreshold(0, before);
  }

  /** The working time consumed at which it fires, for a target. */
  public Duration at(Duration target) {
    if (beforeDeadline == null) {
      // in whole seconds and nanoseconds, rounded down as Duration.dividedBy does, without its BigDecimal
      long seconds = Math.multiplyExact(target.getSeconds(), (long) percent);
      long nanos = Math.floorMod(seconds, 100L) * 1_000_000_000L + (long) target.getNano() * percent;
      return Duration.ofSeconds(Math.floorDiv(seconds, 100L), nanos / 100);
    }
    Duration at = target.minus(beforeDeadline);
    return at.isNegative() ? Duration.ZERO : at;
  }

  @Override
  public String toString() {
    return beforeDeadline == null ? percent + "%" : beforeDeadline + " before";
  }
}
