package dev.desk.core.report;

import java.time.Duration;
import java.util.List;

/**
 * The quality of agents' or groups' work in a period.
 *
 * @param definition the figures' definition, with its version
 * @param period the period
 * @param reopenDays the working days in which a reopen counts against a resolution
 * @param by the groupings, in the order of each row's key
 * @param rows one per key
 */
public record Quality(String definition, ReportPeriod period, int reopenDays, List<Grouping> by, List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "Quality, definition 1: per agent or group responsible when it happened."
      + " Resolved: first resolutions in the period. Reopened: of them, those reopened within the given working"
      + " days. Breached share: SLA cycles breached of those decided in the period (breaches still running"
      + " included). Time to first response: the median working time the response target used, as the journal"
      + " recorded it. Satisfaction: the requesters' marks given in the period (1 to 5; a ticket marked again"
      + " counts its latest mark), their mean and count; a survey never answered is no answer and counts nowhere."
      + " A figure with nothing to count is absent, never zero.";

  /** Copies the lists. */
  public Quality {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * One key.
   *
   * @param key the key's values, one per grouping
   * @param resolved first resolutions
   * @param reopened of them, reopened within the window
   * @param decided SLA cycles decided
   * @param breached of them, breached
   * @param firstResponse the median working time to first response; {@code null} when no response was decided
   * @param marks requesters' marks given
   * @param meanMark their mean; {@code null} when none was given
   */
  public record Row(List<String> key, long resolved, long reopened, long decided, long breached,
      Duration firstResponse, long marks, Double meanMark) {

    /** Copies the key. */
    public Row {
      key = List.copyOf(key);
    }

    /** reopened / resolved; {@code null} when nothing was resolved. */
    public Double reopenRate() {
      return resolved == 0 ? null : (double) reopened / resolved;
    }

    /** breached / decided; {@code null} when no cycle was decided. */
    public Double breachedShare() {
      return decided == 0 ? null : (double) breached / decided;
    }
  }
}
