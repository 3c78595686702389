package dev.desk.spi.knowledge;

import dev.desk.spi.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One revision of an article, never changed once stored: every edit, publication or archiving
 * is the next revision, with its author and reason. Its text and rules are checked by the
 * knowledge base before it reaches a store; the record only checks that it is whole.
 *
 * @param articleId the article's id, the same for all its revisions
 * @param number 1 for the first revision, then one more for each
 * @param title the title
 * @param body plain text with light markup (paragraphs, lists, links)
 * @param category the id of one of the centre's categories
 * @param tags words an author adds for search
 * @param locale the language it is written in ({@code ru}, {@code en}, or one a host adds)
 * @param visibility who may read it
 * @param organisations the organisations whose requesters may read it, for {@link
 *     ArticleVisibility#ORGANISATIONS}; empty otherwise
 * @param state draft, published or archived
 * @param author the id of the actor who made this revision
 * @param reason why this revision was made
 * @param at when it was made
 * @param sourceTicket the ticket it was drafted from, or {@code null}
 */
public record ArticleRevision(String articleId, int number, String title, String body, String category,
    List<String> tags, String locale, ArticleVisibility visibility, Set<String> organisations, ArticleState state,
    String author, String reason, Instant at, TicketId sourceTicket) {

  /** Checks the revision is whole and copies its collections. */
  public ArticleRevision {
    Objects.requireNonNull(articleId, "articleId");
    if (number < 1) {
      throw new IllegalArgumentException("revision numbers start at 1, not " + number);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(category, "category");
    tags = List.copyOf(tags);
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(visibility, "visibility");
    organisations = Set.copyOf(organisations);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  /** The ticket it was drafted from, if any. */
  public Optional<TicketId> fromTicket() {
    return Optional.ofNullable(sourceTicket);
  }

  /** Whether a requester of the organisation may read it (staff read every article). */
  public boolean readableBy(String organisationId) {
    return visibility == ArticleVisibility.PUBLIC
        || visibility == ArticleVisibility.ORGANISATIONS && organisations.contains(organisationId);
  }
}
