package dev.desk.spi.classify;

import dev.desk.spi.ticket.Urgency;
import java.util.List;
import java.util.Objects;

/**
 * A classifier's answer: the class, how sure it is, and why.
 *
 * @param urgency the class
 * @param confidence from 0 to 1
 * @param reasons what made the answer, most telling first by the classifier's own order; may be
 *     empty for a model that cannot explain itself
 * @param classifier the name of the classifier (or the combination) that answered
 */
public record Classification(Urgency urgency, double confidence, List<Reason> reasons, String classifier) {

  /** Rejects missing parts and a confidence outside [0, 1]; copies the reasons. */
  public Classification {
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(classifier, "classifier");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
    reasons = List.copyOf(reasons);
  }

  /**
   * One thing that counted.
   *
   * @param rule the rule (or feature, or voter) that fired
   * @param urgency the class it spoke for
   * @param weight how much it counted; negative weights speak against the class
   * @param evidence what it saw: the phrase, the channel, the hour
   */
  public record Reason(String rule, Urgency urgency, double weight, String evidence) {

    /** Rejects missing parts. */
    public Reason {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(urgency, "urgency");
      Objects.requireNonNull(evidence, "evidence");
    }
  }
}
