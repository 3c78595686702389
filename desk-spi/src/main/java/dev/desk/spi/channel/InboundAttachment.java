package dev.desk.spi.channel;

import java.util.Objects;

/**
 * A file that came with a message. desk judges its type by its content, not by this name or the
 * declared type.
 *
 * @param fileName the name as sent
 * @param declaredType the type the sender declared, or {@code null}
 * @param content the bytes
 */
public record InboundAttachment(String fileName, String declaredType, byte[] content) {

  /** Rejects missing parts. */
  public InboundAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
  }
}
