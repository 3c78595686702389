package dev.desk.core.report;

import dev.desk.core.internal.Messages;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A report's period: from {@code from} (inclusive) to {@code to} (exclusive), at most {@link
 * #LONGEST}.
 *
 * @param from the first instant
 * @param to the first instant after it
 */
public record ReportPeriod(Instant from, Instant to) {

  /** The longest period one report covers. */
  public static final Duration LONGEST = Duration.ofDays(366);

  /**
   * A period, checked.
   *
   * @throws ValidationException when a bound is missing, the period is empty or inverted, or
   *     longer than {@link #LONGEST}
   */
  public static ReportPeriod of(Instant from, Instant to) {
    Violation problem = null;
    if (from == null || to == null || !from.isBefore(to)) {
      problem = Messages.violation("to", "period.order", from, to);
    } else if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      problem = Messages.violation("to", "report.period.too-long", from, to, LONGEST.toDays());
    }
    if (problem != null) {
      throw new ValidationException(List.of(problem));
    }
    return new ReportPeriod(from, to);
  }

  /** Whether the instant is in the period. */
  public boolean contains(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
