package dev.desk.core.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The kinds of file a ticket may take, each recognised by its content, never by its name or the
 * type its sender declared. The contact-centre rules take the first three from requesters; the
 * others are for what a specialist asks for (004 s.6.4: screen recordings, data files).
 */
public enum FileType {
  /** A JPEG picture. */
  JPEG("image/jpeg"),
  /** A PNG picture. */
  PNG("image/png"),
  /** A PDF document. */
  PDF("application/pdf"),
  /** An MP4 video (a screen recording). */
  MP4("video/mp4"),
  /** A WebM video (a screen recording from a browser). */
  WEBM("video/webm"),
  /** A ZIP archive (logs, exports). */
  ZIP("application/zip"),
  /** Plain text in UTF-8 (a log, a CSV export): no control characters but tab and line breaks. */
  TEXT("text/plain");

  private final String mediaType;

  FileType(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type a file of this kind is stored with. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether the content is of this kind. */
  boolean matches(byte[] c) {
    return switch (this) {
      case JPEG -> startsWith(c, 0, 0xFF, 0xD8, 0xFF);
      case PNG -> startsWith(c, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
      case PDF -> startsWith(c, 0, '%', 'P', 'D', 'F', '-');
      case MP4 -> startsWith(c, 4, 'f', 't', 'y', 'p');
      case WEBM -> startsWith(c, 0, 0x1A, 0x45, 0xDF, 0xA3);
      case ZIP -> startsWith(c, 0, 'P', 'K', 3, 4);
      case TEXT -> isText(c);
    };
  }

  private static boolean startsWith(byte[] content, int offset, int... prefix) {
    if (content.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[offset + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(byte[] content) {
    for (byte b : content) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
