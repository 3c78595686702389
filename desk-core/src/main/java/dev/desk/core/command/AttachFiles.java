package dev.desk.core.command;

import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Attaches files already in an attachment store to a ticket, with an optional public note. The
 * requester of the ticket's organisation may attach, and staff; a closed ticket takes no files.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param files the files, as the attachment store named them
 * @param note a public comment with them, or {@code null}
 */
public record AttachFiles(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotEmpty @Size(max = Limits.ATTACHMENTS) List<@NotNull AttachmentRef> files,
    @Size(max = Limits.TEXT) String note) implements TicketCommand {

  /** Copies the files. */
  public AttachFiles {
    files = files == null ? null : List.copyOf(files);
  }
}
