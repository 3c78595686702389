package dev.desk.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A shift's handover (002): each ticket of the group handed over at the shift's end, as it was
 * then, and each ticket still open then that was not handed over.
 *
 * @param definition the figures' definition, with its version
 * @param group the group
 * @param shift the shift
 * @param end the shift's end, for the tickets open then
 * @param rows handed over first, by when, then those not handed over, by number
 */
public record ShiftReport(String definition, String group, String shift, Instant end, List<Row> rows) {

  /** The definition of these figures. */
  public static final String DEFINITION = "Shift handover, definition 1: every ticket of the group handed over in"
      + " the shift, with the working time its resolution target had left, the last thing a person did to it and"
      + " the next step, all as journaled when it was handed over, so the report reads the same whenever it is"
      + " made; whether and when the incoming shift took it over; and every ticket of the group still open at the"
      + " shift's end that was not handed over.";

  /** Copies the rows. */
  public ShiftReport {
    rows = List.copyOf(rows);
  }

  /**
   * What a person did to a ticket.
   *
   * @param kind the kind of the change ({@code ticket.assigned})
   * @param actor who
   * @param at when
   */
  public record Action(String kind, String actor, Instant at) {

    /** Requires every part. */
    public Action {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * One ticket.
   *
   * @param number its number
   * @param handedOverAt when it was handed over, or {@code null} when it was not
   * @param handedOverBy who handed it over, or {@code null}
   * @param timeLeft the working time its resolution target had left, or {@code null} when none ran
   *     (or it was not handed over)
   * @param lastAction what a person last did to it before, or {@code null}
   * @param nextStep the next step, or {@code null}
   * @param acceptedBy who took it over, or {@code null} while nobody has
   * @param acceptedAt when
   */
  public record Row(String number, Instant handedOverAt, String handedOverBy, Duration timeLeft, Action lastAction,
      String nextStep, String acceptedBy, Instant acceptedAt) {

    /** Whether it was handed over. */
    public boolean handedOver() {
      return handedOverAt != null;
    }
  }
}
