package dev.desk.spi.storage;

import java.util.Objects;

/**
 * A message a commit answers, by its channel and the channel's message id. A store keeps each key
 * once: a commit that brings a key it has seen fails as stale and writes nothing.
 *
 * @param channel the channel's name
 * @param messageId the message's id within the channel
 */
public record InboundKey(String channel, String messageId) {

  /** Rejects missing parts. */
  public InboundKey {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(messageId, "messageId");
  }
}
