package dev.desk.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Suggestions shown to a reader for a request, as one session: what they open, say helped, or a
 * ticket they register anyway names the session ({@link
 * dev.desk.core.command.RegisterTicket.Builder#afterSuggestions}).
 *
 * @param sessionId the session, journaled with the articles shown (nothing when none was)
 * @param hits the articles, best first, each with why
 */
public record Suggestions(String sessionId, List<SearchHit> hits) {

  /** Copies the hits. */
  public Suggestions {
    Objects.requireNonNull(sessionId, "sessionId");
    hits = List.copyOf(hits);
  }
}
