package dev.desk.spi.ticket;

import java.util.Objects;

/**
 * One way to reach a requester.
 *
 * @param kind phone, e-mail, SMS or fax
 * @param value the number or address
 */
public record Contact(ContactKind kind, String value) {

  /** Rejects missing parts. */
  public Contact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }
}
