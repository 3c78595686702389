package dev.desk.core.quality;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;

/**
 * The requester marked the answer.
 *
 * @param score 1 (poor) to 5 (excellent)
 * @param comment their words, or {@code null}
 */
@Kind("quality.service-rated")
public record ServiceRated(int score, String comment) implements TicketChange.Extension {

  /** Requires a score from 1 to 5. */
  public ServiceRated {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("a mark is 1 to 5, not " + score);
    }
  }
}
