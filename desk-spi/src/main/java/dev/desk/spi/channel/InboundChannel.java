package dev.desk.spi.channel;

import java.time.Duration;
import java.util.List;

/**
 * A way requests come in. A push channel (a webhook, an SMTP listener) hands messages to the sink
 * it is given at {@link #start}; a poll channel (an IMAP mailbox) returns them from {@link
 * #poll()} when desk asks, and hears each receipt through {@link #acknowledge}. Implementations
 * must be thread-safe.
 */
public interface InboundChannel {

  /** A unique, stable name; messages carry it. */
  String name();

  /** Starts a push channel; messages go to the sink. Does nothing by default. */
  default void start(MessageSink sink) {}

  /** The messages that arrived since the last poll; none by default. */
  default List<InboundMessage> poll() {
    return List.of();
  }

  /** Hears what desk made of a polled message (to answer the sender, to mark it read). */
  default void acknowledge(InboundMessage message, Receipt receipt) {}

  /** How long one poll or acknowledgement may take before desk stops waiting. */
  default Duration timeBudget() {
    return Duration.ofSeconds(30);
  }

  /** Stops the channel. */
  default void stop() {}
}
