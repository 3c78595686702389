package dev.desk.spi.storage;

import dev.desk.spi.ticket.TicketId;
import java.util.Optional;

/**
 * The messages a store has seen: {@link TicketStore#commit} records the keys of {@link
 * TicketCommit#inbound()} with its commit, and a message id is recorded once (a second commit with it fails as stale). A store offers it by
 * implementing this interface too.
 */
public interface InboundLog {

  /** The ticket a message went to, if the message was seen. */
  Optional<TicketId> ticketOfMessage(String channel, String messageId);
}
