package dev.desk.spi.classify;

import java.time.Duration;

/**
 * A classifier a plugin offers: a statistical model, a service of the host, a rule engine of its
 * own. desk calls it for every new ticket whose urgency nobody stated, within {@link
 * #timeBudget()}; a classifier that throws or runs over its budget is ignored for that ticket
 * (logged and counted) and desk's built-in answer stands. Implementations must be thread-safe.
 */
public interface UrgencyClassifier {

  /** How a classifier's answer is used. */
  enum Mode {
    /** The answer replaces the built-in one whenever the classifier answers in time. */
    REPLACE,
    /** The answer is one weighted vote beside the built-in one. */
    VOTE
  }

  /** A unique, stable name, shown in the journal and in the health view. */
  String name();

  /**
   * Classifies one request.
   *
   * @param request what is known of the ticket; never {@code null}
   * @return the answer; never {@code null}
   */
  Classification classify(ClassificationRequest request);

  /** Replace or vote; voting by default. */
  default Mode mode() {
    return Mode.VOTE;
  }

  /** The weight of a vote; the built-in classifier's weight is 1. */
  default double weight() {
    return 1.0;
  }

  /** How long one call may take before desk stops waiting. */
  default Duration timeBudget() {
    return Duration.ofMillis(200);
  }
}
