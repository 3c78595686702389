package dev.desk.core.report;

import java.util.List;

/**
 * The breaches of a period by the reason of delay the responsible agent gave (002).
 *
 * @param definition the figures' definition, with its version
 * @param period the period
 * @param by the groupings, in the order of each row's key (the reason comes after)
 * @param rows one per key and reason
 */
public record Delays(String definition, ReportPeriod period, List<Grouping> by, List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "Delays, definition 1: the SLA cycles breached in the period (as in SLA"
      + " compliance), each with the reason of delay given for it, the latest if given again; - for a breach"
      + " nobody has explained yet.";

  /** Copies the lists. */
  public Delays {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * One key and reason.
   *
   * @param key the key's values, one per grouping
   * @param reason the reason's code, or {@code -}
   * @param breaches breaches
   */
  public record Row(List<String> key, String reason, long breaches) {

    /** Copies the key. */
    public Row {
      key = List.copyOf(key);
    }
  }
}
