package dev.desk.core.command;

import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The requester answered (action {@code CUSTOMER_REPLIED}); the answer goes to the journal as a
 * public comment, and files sent with it join the ticket in the same change.
 *
 * @param ticketId the ticket
 * @param expectedVersion the version the caller read
 * @param text what the requester answered
 * @param files files sent with the answer, as the attachment store named them (may be empty)
 */
public record RecordCustomerReply(
    @NotNull TicketId ticketId,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Limits.TEXT) String text,
    @NotNull @Size(max = Limits.ATTACHMENTS) List<@NotNull AttachmentRef> files) implements TicketCommand {

  /** Copies the files. */
  public RecordCustomerReply {
    files = files == null ? null : List.copyOf(files);
  }

  /** An answer without files. */
  public RecordCustomerReply(TicketId ticketId, long expectedVersion, String text) {
    this(ticketId, expectedVersion, text, List.of());
  }
}
