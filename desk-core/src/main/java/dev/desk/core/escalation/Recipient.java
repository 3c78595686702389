package dev.desk.core.escalation;

import java.util.Objects;
import java.util.Set;

/**
 * Who hears of an escalation.
 *
 * @param kind a role of the ticket, a group or a person
 * @param id the role's name ({@code ASSIGNEE}, {@code GROUP_LEAD}, {@code HEAD_OF_SERVICE}), the
 *     group's id or the person's id
 */
public record Recipient(Kind kind, String id) {

  /** Roles a ticket resolves to people. */
  public static final Set<String> ROLES = Set.of("ASSIGNEE", "GROUP_LEAD", "HEAD_OF_SERVICE");

  /** What the id names. */
  public enum Kind {
    /** A role of the ticket. */
    ROLE,
    /** A group. */
    GROUP,
    /** A person. */
    PERSON
  }

  /** Rejects missing parts. */
  public Recipient {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** The ticket's assignee, its group's lead or the head of service. */
  public static Recipient role(String role) {
    return new Recipient(Kind.ROLE, role);
  }

  /** A group. */
  public static Recipient group(String id) {
    return new Recipient(Kind.GROUP, id);
  }

  /** A person. */
  public static Recipient person(String id) {
    return new Recipient(Kind.PERSON, id);
  }
}
