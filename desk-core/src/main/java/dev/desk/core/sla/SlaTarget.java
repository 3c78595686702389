package dev.desk.core.sla;

import dev.desk.spi.ticket.SlaClockKind;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one clock of a policy allows.
 *
 * @param kind RESPONSE, RESOLUTION or UPDATE
 * @param duration the working time allowed
 * @param calendarId the business calendar it counts on
 * @param warnings the warning ladder, fired in order of the working time at which each falls
 */
public record SlaTarget(SlaClockKind kind, Duration duration, String calendarId, List<WarningThreshold> warnings) {

  /** The ladder used when none is given: 50 % and 80 %. */
  public static final List<WarningThreshold> DEFAULT_WARNINGS =
      List.of(WarningThreshold.percent(50), WarningThreshold.percent(80));

  /** Checks the duration and sorts the ladder. */
  public SlaTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(calendarId, "calendarId");
    if (duration == null || duration.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException("an SLA target needs a positive duration, not " + duration);
    }
    Duration d = duration;
    warnings = warnings.stream().sorted(Comparator.comparing(w -> w.at(d))).toList();
  }

  /** A target with the default warning ladder. */
  public static SlaTarget of(SlaClockKind kind, Duration duration, String calendarId) {
    return new SlaTarget(kind, duration, calendarId, DEFAULT_WARNINGS);
  }
}
