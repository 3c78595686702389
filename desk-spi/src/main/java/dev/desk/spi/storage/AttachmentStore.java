package dev.desk.spi.storage;

import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.ticket.AttachmentRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where attached files live: their content and what desk knows of them (name, type judged from
 * the content, size). Tickets keep only the {@link AttachmentRef}. Implementations must be
 * thread-safe; a file stored is never changed.
 */
public interface AttachmentStore {

  /** The longest file name every store keeps, in characters. */
  int MAX_FILE_NAME = 255;

  /** The longest media type every store keeps, in characters. */
  int MAX_MEDIA_TYPE = 100;

  /**
   * Refuses, with one violation each, a file name, media type or storer no store keeps exactly as
   * given: blank, longer than its limit, or holding NUL or half of a UTF-16 surrogate pair. Stores
   * call it first in {@link #put}, so every store refuses the same files the same way, before writing.
   *
   * @throws ValidationException naming each problem
   */
  static void requireStorable(String fileName, String mediaType, FileOrigin origin) {
    List<Violation> problems = nameAndType(fileName, mediaType);
    if (origin == null) {
      problems.add(worded("origin", "text.blank", List.of()));
    } else {
      text(problems, "origin.storedBy", origin.storedBy(), FileOrigin.MAX_ACTOR);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Refuses a file name or media type no store keeps exactly as given, as {@link
   * #requireStorable(String, String, FileOrigin)} does: for checks made before a file is stored.
   *
   * @throws ValidationException naming each problem
   */
  static void requireStorable(String fileName, String mediaType) {
    List<Violation> problems = nameAndType(fileName, mediaType);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static List<Violation> nameAndType(String fileName, String mediaType) {
    List<Violation> problems = new ArrayList<>();
    text(problems, "fileName", fileName, MAX_FILE_NAME);
    text(problems, "mediaType", mediaType, MAX_MEDIA_TYPE);
    return problems;
  }

  private static Violation worded(String path, String key, List<String> arguments) {
    return Violation.worded("dev.desk.spi.error.messages", AttachmentStore.class, path, key, arguments);
  }

  private static void text(List<Violation> problems, String path, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(worded(path, "text.blank", List.of()));
    } else if (value.length() > max) {
      problems.add(worded(path, "text.tooLong",
          List.of(String.valueOf(max), String.valueOf(value.length()))));
    } else {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (c == 0 || Character.isSurrogate(c) && !pair) {
          problems.add(worded(path, "text.unstorable",
              List.of(String.valueOf(i + 1))));
          return;
        }
        i += pair ? 1 : 0;
      }
    }
  }

  /**
   * Stores a file whole, with where it came from.
   *
   * @throws ValidationException when the name, type or storer cannot be kept as given ({@link #requireStorable})
   * @param fileName the name as the sender gave it
   * @param mediaType the type judged from the content
   * @param origin who stored it, and for which ticket if for one: desk lets the file join a
   *     ticket only for an actor who may read where it came from
   * @return the reference a ticket keeps
   */
  AttachmentRef put(String fileName, String mediaType, byte[] content, FileOrigin origin);

  /** What is known of a stored file. */
  Optional<AttachmentRef> describe(String id);

  /**
   * Where a stored file came from, exactly as given to {@link #put}; empty for no such file (and
   * for files a store kept before it kept origins).
   */
  Optional<FileOrigin> origin(String id);

  /** The content of a stored file. */
  Optional<byte[]> content(String id);

  /**
   * Removes a stored file that no ticket took (its message was refused), so a refusal leaves
   * nothing behind; nothing happens when there is no such file. A file a ticket holds is never removed.
   */
  void remove(String id);
}
