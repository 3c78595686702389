package dev.desk.spi.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a suggestion session: articles shown for a request, one opened, one that helped.
 * A session is one request's suggestions; a ticket registered after it names the session in its
 * journal, so that deflection (sessions after which no ticket was registered because an article
 * helped) is counted from what happened, not from clicks alone.
 *
 * @param sessionId the session
 * @param step what happened
 * @param at when, from desk's clock
 * @param actorId the reader (an {@link dev.desk.spi.ticket.Actor#id()})
 * @param articleId the article
 * @param revision the article's revision shown
 * @param rank its place among the suggestions shown, from 1
 */
public record SuggestionEvent(String sessionId, SuggestionStep step, Instant at, String actorId, String articleId,
    int revision, int rank) {

  /** Rejects missing parts, revisions and ranks below 1. */
  public SuggestionEvent {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(articleId, "articleId");
    if (revision < 1 || rank < 1) {
      throw new IllegalArgumentException("revisions and ranks start at 1: " + revision + ", " + rank);
    }
  }
}
