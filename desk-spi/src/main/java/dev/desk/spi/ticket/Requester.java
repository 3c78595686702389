package dev.desk.spi.ticket;

import java.util.List;
import java.util.Objects;

/**
 * The person who asked.
 *
 * @param id the requester's identity in the host, if known (may be {@code null})
 * @param fullName full name as given
 * @param contacts how to reach them, in order of preference
 */
public record Requester(String id, String fullName, List<Contact> contacts) {

  /** Copies the contacts. */
  public Requester {
    Objects.requireNonNull(fullName, "fullName");
    contacts = List.copyOf(contacts);
  }
}
