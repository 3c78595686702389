package dev.desk.core.knowledge;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import java.util.List;
import java.util.Objects;

/**
 * A request that came as a message (mail, SMS, a webhook) could see no suggestions before it was
 * registered, so its acknowledgment carries them: the articles, at the revision sent, journaled
 * with the registration. Their session is not a chance of deflection (the ticket exists), so
 * {@link Deflection} leaves it out; what the requester opens or says helped joins it still.
 *
 * @param sessionId the suggestion session
 * @param articles the articles sent, best first
 */
@Kind("knowledge.suggestions-sent")
public record SuggestionsSent(String sessionId, List<Article> articles) implements TicketChange.Extension {

  /** Requires the session and at least one article. */
  public SuggestionsSent {
    Objects.requireNonNull(sessionId, "sessionId");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("suggestions sent name at least one article");
    }
  }

  /**
   * An article sent.
   *
   * @param articleId its id
   * @param revision the revision sent
   * @param title its title at that revision
   */
  public record Article(String articleId, int revision, String title) {

    /** Requires the id and title. */
    public Article {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(title, "title");
    }
  }
}
