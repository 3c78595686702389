package dev.desk.spi.storage;

import dev.desk.spi.ticket.AttachmentRef;
import java.util.Optional;

/**
 * Where attached files live: their content and what desk knows of them (name, type judged from
 * the content, size). Tickets keep only the {@link AttachmentRef}. Implementations must be
 * thread-safe; a file stored is never changed.
 */
public interface AttachmentStore {

  /**
   * Stores a file whole.
   *
   * @param fileName the name as the sender gave it
   * @param mediaType the type judged from the content
   * @return the reference a ticket keeps
   */
  AttachmentRef put(String fileName, String mediaType, byte[] content);

  /** What is known of a stored file. */
  Optional<AttachmentRef> describe(String id);

  /** The content of a stored file. */
  Optional<byte[]> content(String id);
}
