package dev.desk.spi.ticket;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts. The role decides what the actor may see and do: a requester only tickets of their
 * own organisation, an agent tickets of their groups, a supervisor and the system everything.
 *
 * @param id a stable identity in the host (a login, an employee number)
 * @param role the role
 * @param organisationId the requester's organisation; {@code null} for other roles
 * @param groups the groups an agent works in; empty for other roles
 */
public record Actor(String id, ActorRole role, String organisationId, Set<String> groups) {

  /** The actor standing for desk itself and for host-side automation. */
  public static final Actor SYSTEM = new Actor("system", ActorRole.SYSTEM, null, Set.of());

  /** Checks that the role has what it needs and copies the groups. */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an actor needs an id");
    }
    if (role == ActorRole.REQUESTER && (organisationId == null || organisationId.isBlank())) {
      throw new IllegalArgumentException("a requester needs an organisation: " + id);
    }
    groups = Set.copyOf(groups);
  }

  /** A requester of an organisation. */
  public static Actor requester(String id, String organisationId) {
    return new Actor(id, ActorRole.REQUESTER, organisationId, Set.of());
  }

  /** An agent working in the given groups. */
  public static Actor agent(String id, String... groups) {
    return new Actor(id, ActorRole.AGENT, null, Set.of(groups));
  }

  /** A supervisor (group lead, head of service). */
  public static Actor supervisor(String id) {
    return new Actor(id, ActorRole.SUPERVISOR, null, Set.of());
  }
}
