package dev.desk.core.report;

import java.time.Instant;
import java.util.List;

/**
 * The tickets open at an instant, grouped, with their age in working time.
 *
 * @param definition the figures' definition, with its version
 * @param at the instant
 * @param by the groupings, in the order of each row's key
 * @param ages the age buckets' names, in the order of each row's counts
 * @param rows one per key
 */
public record Backlog(String definition, Instant at, List<Grouping> by, List<String> ages, List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "Backlog, definition 1: the tickets open at the instant (in a state"
      + " neither resolved nor final, by the journal's status changes up to it), not those created minus those"
      + " closed; each grouped by what it was at that instant. Age: working time from registration to the instant"
      + " on the report's calendar.";

  /** The age buckets, in working time. */
  static final List<String> AGES = List.of("under 2 hours", "2 to 8 hours", "8 to 24 hours", "24 to 40 hours",
      "40 hours or more");

  /** Copies the lists. */
  public Backlog {
    by = List.copyOf(by);
    ages = List.copyOf(ages);
    rows = List.copyOf(rows);
  }

  /** The tickets open in all. */
  public long open() {
    return rows.stream().mapToLong(Row::open).sum();
  }

  /**
   * One key.
   *
   * @param key the key's values, one per grouping
   * @param open its tickets open
   * @param byAge of them, how many in each age bucket
   */
  public record Row(List<String> key, long open, List<Long> byAge) {

    /** Copies the lists. */
    public Row {
      key = List.copyOf(key);
      byAge = List.copyOf(byAge);
    }
  }
}
