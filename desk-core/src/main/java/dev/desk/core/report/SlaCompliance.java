package dev.desk.core.report;

import dev.desk.spi.ticket.SlaClockKind;
import java.time.Duration;
import java.util.List;

/**
 * SLA compliance per target in a period, grouped.
 *
 * @param definition the figures' definition, with its version
 * @param period the period
 * @param by the groupings, in the order of each row's key
 * @param rows one per target and key, by target then key
 */
public record SlaCompliance(String definition, ReportPeriod period, List<Grouping> by, List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "SLA compliance, definition 1: each cycle of a target (response,"
      + " resolution, update) counts once, in the period it was decided: met when its clock stopped within the"
      + " target, breached when the target ran out (a breach still running counts; a clock stopped late after its"
      + " breach does not count again). Compliance = met / (met + breached). Working time is what the journal"
      + " recorded when the cycle was decided (for a breach still running, the target), never recounted on a"
      + " calendar as it is now; p50 and p90 by nearest rank. A ticket counts with the facts it had when decided.";

  /** Copies the lists. */
  public SlaCompliance {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * One target and key.
   *
   * @param target the target
   * @param key the key's values, one per grouping
   * @param met cycles met
   * @param breached cycles breached, running breaches included
   * @param p50 the median working time used
   * @param p90 the 90th percentile of working time used
   */
  public record Row(SlaClockKind target, List<String> key, long met, long breached, Duration p50, Duration p90) {

    /** Copies the key. */
    public Row {
      key = List.copyOf(key);
    }

    /** met / (met + breached). */
    public double compliance() {
      return (double) met / (met + breached);
    }
  }
}
