package dev.desk.spi.ticket;

import java.util.Objects;

/**
 * A reference to a file attached to a ticket; the content lives in an attachment store.
 *
 * @param id the id in the attachment store
 * @param fileName the name as the sender gave it
 * @param mediaType the type judged from the content ({@code image/png}, {@code application/pdf})
 * @param size the size in bytes
 */
public record AttachmentRef(String id, String fileName, String mediaType, long size) {

  /** Rejects missing parts and negative sizes. */
  public AttachmentRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }
}
