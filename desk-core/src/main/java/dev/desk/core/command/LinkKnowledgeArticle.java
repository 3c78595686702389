package dev.desk.core.command;

import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Links a knowledge-base article (a solution that was used or filed).
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param articleId the article's id
 */
public record LinkKnowledgeArticle(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.ID) String articleId) implements TicketCommand {}
