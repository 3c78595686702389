package dev.desk.core.view;

import java.util.List;
import java.util.Objects;

/**
 * A requester's view of their ticket: the number to quote, what it is about, where it stands,
 * and what they said and were told, oldest first.
 */
public record RequesterView(String number, String subject, String status, List<RequesterEntry> entries) {

  /** Copies the entries. */
  public RequesterView {
    Objects.requireNonNull(number, "number");
    entries = List.copyOf(entries);
  }
}
