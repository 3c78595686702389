package dev.desk.core.report;

import java.util.List;

/**
 * The most frequent failures of a period, against the period before (001 B/03.6), most first: a
 * Pareto of incidents.
 *
 * @param definition the figures' definition, with its version
 * @param period the period
 * @param previous the period of the same length just before
 * @param by the groupings, in the order of each row's key
 * @param rows one per key, most incidents first
 */
public record Failures(String definition, ReportPeriod period, ReportPeriod previous, List<Grouping> by,
    List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "Failures, definition 1: incidents registered in the period, grouped by"
      + " what they were at the period's end (a category corrected later counts where it was corrected to; the"
      + " cause, by the latest resolution then, - while unresolved), most first, with each group's share, the"
      + " running share (a Pareto) and the count of the period of the same length just before.";

  /** Copies the lists. */
  public Failures {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * One key.
   *
   * @param key the key's values, one per grouping
   * @param incidents incidents in the period
   * @param before incidents in the period before
   * @param share of all incidents in the period
   * @param runningShare this row's share and those of the rows above it
   */
  public record Row(List<String> key, long incidents, long before, double share, double runningShare) {

    /** Copies the key. */
    public Row {
      key = List.copyOf(key);
    }

    /** More (above 0) or fewer (below 0) than in the period before. */
    public long trend() {
      return incidents - before;
    }
  }
}
