package dev.desk.core.command;

import dev.desk.core.attachment.FileType;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Asks the requester for information and waits for them (action {@code REQUEST_INFORMATION}); the
 * question goes to the journal as a public comment. A specialist who asks for a screen recording or
 * a data file (004 s.6.4) names the kinds of file the ticket takes from then on, beyond its rules'
 * own ({@link dev.desk.core.attachment.FilesAsked}).
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param question what the requester is asked
 * @param acceptedFiles kinds of file the ticket takes from now on beyond its rules' own; empty for none
 */
public record RequestInformation(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.TEXT) String question,
    @NotNull @Size(max = 16) List<@NotNull FileType> acceptedFiles) implements TicketCommand {

  /** Copies the list. */
  public RequestInformation {
    acceptedFiles = acceptedFiles == null ? null : List.copyOf(acceptedFiles);
  }

  /** Asks without widening the kinds of file the ticket takes. */
  public RequestInformation(TicketId ticketId, long expectedVersion, String question) {
    this(ticketId, expectedVersion, question, List.of());
  }
}
