package dev.desk.core.sla;

import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Targets for the tickets a policy matches. A criterion left {@code null} matches anything;
 * the more criteria a policy names, the more specific it is.
 *
 * @param id a stable id, journaled with every clock it sets
 * @param category the category it applies to, or {@code null}
 * @param urgency the urgency it applies to, or {@code null}
 * @param serviceContract the service contract it applies to, or {@code null}
 * @param targets at most one per clock kind
 * @param type the ticket type it applies to (a claim, a work request), or {@code null}
 */
public record SlaPolicy(String id, String category, Urgency urgency, String serviceContract, List<SlaTarget> targets,
    TicketType type) {

  /** Checks the id and that no kind has two targets. */
  public SlaPolicy {
    Objects.requireNonNull(id, "id");
    targets = List.copyOf(targets);
    Map<SlaClockKind, SlaTarget> byKind = new EnumMap<>(SlaClockKind.class);
    for (SlaTarget t : targets) {
      if (byKind.put(t.kind(), t) != null) {
        throw new IllegalArgumentException("policy " + id + " has two " + t.kind() + " targets");
      }
    }
  }

  /** A policy for tickets of any type. */
  public SlaPolicy(String id, String category, Urgency urgency, String serviceContract, List<SlaTarget> targets) {
    this(id, category, urgency, serviceContract, targets, null);
  }

  /** This policy, for tickets of one type only. */
  public SlaPolicy forType(TicketType ticketType) {
    return new SlaPolicy(id, category, urgency, serviceContract, targets, ticketType);
  }

  /** The target of a clock kind. */
  public Optional<SlaTarget> target(SlaClockKind kind) {
    for (SlaTarget t : targets) { // a loop: asked for every clock of every registration
      if (t.kind() == kind) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether it applies to a ticket with these facts. */
  public boolean matches(TicketType ticketType, String ticketCategory, Urgency ticketUrgency, String ticketContract) {
    return (type == null || type == ticketType)
        && (category == null || category.equals(ticketCategory))
        && (urgency == null || urgency == ticketUrgency)
        && (serviceContract == null || serviceContract.equals(ticketContract));
  }

  /** How many criteria it names. */
  public int specificity() {
    return (type == null ? 0 : 1) + (category == null ? 0 : 1) + (urgency == null ? 0 : 1)
        + (serviceContract == null ? 0 : 1);
  }

  /** The criteria it names, in words ("type CLAIM, urgency EMERGENCY"), or "none" for a policy of any ticket. */
  public String criteria() {
    List<String> named = new ArrayList<>(4);
    if (type != null) {
      named.add("type " + type);
    }
    if (category != null) {
      named.add("category " + category);
    }
    if (urgency != null) {
      named.add("urgency " + urgency);
    }
    if (serviceContract != null) {
      named.add("service contract " + serviceContract);
    }
    return named.isEmpty() ? "none" : String.join(", ", named);
  }
}
