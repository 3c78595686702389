package dev.desk.spi.channel;

/** Where a channel hands messages to desk. Thread-safe. */
public interface MessageSink {

  /**
   * Takes one message: registers a ticket, comments on the one it answers, drops a duplicate, or
   * refuses it with the facts that are missing. Never throws for the message's content.
   */
  Receipt accept(InboundMessage message);
}
