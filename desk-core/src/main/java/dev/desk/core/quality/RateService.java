package dev.desk.core.quality;

import dev.desk.core.command.FeatureCommand;
import dev.desk.core.command.Limits;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The requester's mark for the answer to their ticket, from 1 (poor) to 5 (excellent), with a
 * comment if they like: the survey the resolution notice asks. Only the ticket's requester side,
 * only once it is resolved; marked again, the latest stands.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param score 1 to 5
 * @param comment the requester's words, or {@code null}
 */
public record RateService(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @Min(1) @Max(5) int score,
    @Size(max = Limits.TEXT) String comment) implements FeatureCommand {}
