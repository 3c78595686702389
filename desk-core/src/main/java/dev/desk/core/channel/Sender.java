package dev.desk.core.channel;

import java.util.Objects;

/**
 * A known sender: whom an address belongs to.
 *
 * @param requesterId the requester's id in the host, or {@code null}
 * @param fullName their full name
 * @param organisationId their organisation
 */
public record Sender(String requesterId, String fullName, String organisationId) {

  /** Rejects missing parts. */
  public Sender {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(organisationId, "organisationId");
  }
}
