package dev.desk.core.feature;

import dev.desk.core.engine.Effects;
import dev.desk.core.engine.Feature;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.InboundKey;
import dev.desk.spi.ticket.TicketSnapshot;

/**
 * Channels: every message a commit answers leaves its key with the store, so the same message
 * again fails as a duplicate and never makes a second ticket. Thread-safe.
 */
public final class ChannelsFeature implements Feature {

  @Override
  public String name() {
    return "channels";
  }

  @Override
  public void effects(JournalEvent event, TicketSnapshot ticket, Effects out) {
    if (event.change() instanceof TicketChange.MessageReceived m) {
      out.inbound(new InboundKey(m.channel(), m.messageId()));
    }
  }
}
