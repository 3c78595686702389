package dev.desk.spi.channel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message from outside, as a channel received it.
 *
 * @param channel the channel's name ({@code email}, {@code webhook})
 * @param messageId the message's own id; the same id again is a duplicate
 * @param inReplyTo the id of the message this one answers, or {@code null}
 * @param from the sender's address (an e-mail address, a phone number)
 * @param subject the subject, or {@code null}
 * @param text the text (plain; a channel turns HTML into text)
 * @param attachments the files that came with it
 * @param receivedAt when the channel received it
 */
public record InboundMessage(String channel, String messageId, String inReplyTo, String from, String subject,
    String text, List<InboundAttachment> attachments, Instant receivedAt) {

  /** Rejects missing parts; copies the attachments. */
  public InboundMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(receivedAt, "receivedAt");
    text = text == null ? "" : text;
    attachments = List.copyOf(attachments);
  }
}
