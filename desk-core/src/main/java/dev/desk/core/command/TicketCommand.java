package dev.desk.core.command;

import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import java.util.List;

/**
 * A change to one existing ticket. Each command names the version of the ticket its caller
 * read; if the ticket changed since, it is refused with
 * {@link dev.desk.spi.error.StaleVersionException} and nothing is written.
 */
public sealed interface TicketCommand
    permits Assign, StartWork, RequestInformation, RecordCustomerReply, Resolve, Close, Reopen,
        Reject, AddComment, ChangeCategory, ChangeUrgency, LinkKnowledgeArticle, AddWatcher,
        PerformAction, AttachFiles, LowerLine, SwitchChannel, FeatureCommand {

  /** The ticket. */
  TicketId ticketId();

  /** The version the caller read. */
  long expectedVersion();

  /** The files the command brings to the ticket; none for most commands. */
  default List<AttachmentRef> files() {
    return List.of();
  }
}
