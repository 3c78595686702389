package dev.desk.spi.ticket;

import java.util.Objects;
import java.util.UUID;

/** The immutable identity of a ticket, independent of its human-friendly number. */
public record TicketId(UUID value) {

  /** Rejects null. */
  public TicketId {
    Objects.requireNonNull(value, "value");
  }

  /** A fresh random id. */
  public static TicketId random() {
    return new TicketId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} otherwise. */
  public static TicketId parse(String text) {
    return new TicketId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
