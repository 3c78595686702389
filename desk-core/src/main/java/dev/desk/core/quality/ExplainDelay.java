package dev.desk.core.quality;

import dev.desk.core.command.FeatureCommand;
import dev.desk.core.command.Limits;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Says why a target was breached (002: the reasons of delays), with a reason of the centre's list
 * ({@link dev.desk.core.directory.Directory#delayReasons()}) and, if wanted, in the agent's words.
 * Staff only, and only for a target breached in its current cycle; said again, the latest stands.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param target the breached target
 * @param reason the reason's code
 * @param details the agent's words, or {@code null}
 */
public record ExplainDelay(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotNull SlaClockKind target,
    @NotBlank @Size(max = Limits.ID) String reason,
    @Size(max = Limits.REASON) String details) implements FeatureCommand {}
