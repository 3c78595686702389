package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Links a knowledge-base article (a solution that was used or filed) to answer the requester.
 * When the desk has a knowledge base, the article must be published and readable by the
 * ticket's requester, and desk links its latest revision with its title: the revision and title
 * a caller gives are replaced. Without one, the id is kept as given.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param articleId the article's id
 * @param revision the revision linked (desk's to fill), 0 when unknown
 * @param title the revision's title (desk's to fill), or {@code null}
 */
public record LinkKnowledgeArticle(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String articleId,
    @PositiveOrZero int revision,
    @Size(max = 200) String title) implements TicketCommand {

  /** Links the article's latest published revision. */
  public LinkKnowledgeArticle(TicketId ticketId, long expectedVersion, String articleId) {
    this(ticketId, expectedVersion, articleId, 0, null);
  }
}
