package dev.desk.core.report;

import java.util.List;

/**
 * First-line and first-contact resolution in a period, grouped.
 *
 * @param definition the figures' definition, with its version
 * @param period the period
 * @param reopenDays the working days a resolution must stand unreopened
 * @param by the groupings, in the order of each row's key
 * @param rows one per key
 */
public record FirstResolution(String definition, ReportPeriod period, int reopenDays, List<Grouping> by,
    List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "First resolution, definition 1 (after HDI and MetricNet): each ticket"
      + " counts once, at its first resolution in the period, grouped by what it was then. It is a first-line"
      + " resolution when the first line resolved it with no hand-over to a higher line before, and it was not"
      + " reopened within the given working days after; a first-contact resolution when, besides, the requester"
      + " was asked for nothing and wrote nothing after registering. A resolution whose working days have not"
      + " all passed yet is pending and counts in neither rate. Rate = count / (resolved - pending).";

  /** Copies the lists. */
  public FirstResolution {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * One key.
   *
   * @param key the key's values, one per grouping
   * @param resolved tickets first resolved in the period
   * @param pending of them, those whose reopen window is still open
   * @param firstLine first-line resolutions
   * @param firstContact first-contact resolutions
   */
  public record Row(List<String> key, long resolved, long pending, long firstLine, long firstContact) {

    /** Copies the key. */
    public Row {
      key = List.copyOf(key);
    }

    /** First-line resolutions of those settled; 0 when none is. */
    public double firstLineRate() {
      return resolved == pending ? 0 : (double) firstLine / (resolved - pending);
    }

    /** First-contact resolutions of those settled; 0 when none is. */
    public double firstContactRate() {
      return resolved == pending ? 0 : (double) firstContact / (resolved - pending);
    }
  }
}
