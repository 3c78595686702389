package dev.desk.spi.ticket;

import java.util.List;
import java.util.Objects;

/**
 * The person who asked.
 *
 * @param id the requester's identity in the host, if known (may be {@code null})
 * @param fullName full name as given
 * @param contacts how to reach them, in order of preference
 * @param noticesBy the media the requester chose for notices about the ticket, each backed by a
 *     contact of that kind; empty when they chose none, and then notices go to the first contact
 *     (since SDK 1.2)
 */
public record Requester(String id, String fullName, List<Contact> contacts, List<ContactKind> noticesBy) {

  /** Copies the lists; a missing choice of media is no choice. */
  public Requester {
    Objects.requireNonNull(fullName, "fullName");
    contacts = List.copyOf(contacts);
    noticesBy = noticesBy == null ? List.of() : List.copyOf(noticesBy);
  }

  /** A requester who chose no media for notices (SDK 1.1 and earlier). */
  public Requester(String id, String fullName, List<Contact> contacts) {
    this(id, fullName, contacts, List.of());
  }
}
