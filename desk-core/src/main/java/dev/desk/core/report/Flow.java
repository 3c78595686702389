package dev.desk.core.report;

import java.util.List;

/**
 * Tickets in and out of the backlog in a period, grouped.
 *
 * @param definition the figures' definition, with its version
 * @param period the period
 * @param by the groupings, in the order of each row's key
 * @param rows one per key
 */
public record Flow(String definition, ReportPeriod period, List<Grouping> by, List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "Flow, definition 1: inflow = tickets registered in the period, grouped"
      + " by what they were when registered; outflow = tickets that left the backlog in the period (resolved,"
      + " closed, refused) and were not back in it at the period's end, grouped by what they were when they last"
      + " left. A ticket reopened and resolved again counts once.";

  /** Copies the lists. */
  public Flow {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * One key.
   *
   * @param key the key's values, one per grouping
   * @param inflow tickets registered
   * @param outflow tickets that left the backlog for good in the period
   */
  public record Row(List<String> key, long inflow, long outflow) {

    /** Copies the key. */
    public Row {
      key = List.copyOf(key);
    }
  }
}
