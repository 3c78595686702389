package dev.desk.jdbc.internal;

import dev.desk.spi.ticket.AttachmentRef;

/** A row of {@code desk_attachment}; {@code content} is read only when asked for. */
public final class AttachmentRow {
  public String id;
  public String fileName;
  public String mediaType;
  public long size;
  public byte[] content;

  /** The reference of the row. */
  public AttachmentRef ref() {
    return new AttachmentRef(id, fileName, mediaType, size);
  }
}
