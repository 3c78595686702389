package dev.desk.spi.notify;

import java.util.Objects;

/**
 * A notification's words, rendered from the template of its event and locale with the ticket's
 * facts.
 *
 * @param subject a short line (an e-mail subject, the start of an SMS)
 * @param body the text
 * @param locale the language it is in ({@code ru}, {@code en})
 */
public record Message(String subject, String body, String locale) {

  /** Rejects missing parts. */
  public Message {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(locale, "locale");
  }
}
