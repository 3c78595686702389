package dev.desk.spi.error;

import java.util.Locale;
import java.util.Objects;

/**
 * One broken rule of some input, in English and Russian.
 *
 * @param path the field it concerns, as a property path ({@code requester.fullName}); empty
 *     when it concerns the input as a whole
 * @param message what is wrong, in English
 * @param messageRu what is wrong, in Russian
 */
public record Violation(String path, String message, String messageRu) {

  /** Rejects missing parts. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(messageRu, "messageRu");
  }

  /** The message in Russian for {@code ru}, else in English. */
  public String message(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? messageRu : message;
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
