package dev.desk.core.sla;

import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.Urgency;
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
 */
public record SlaPolicy(String id, String category, Urgency urgency, String serviceContract, List<SlaTarget> targets) {

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
  public boolean matches(String ticketCategory, Urgency ticketUrgency, String ticketContract) {
    return (category == null || category.equals(ticketCategory))
        && (urgency == null || urgency == ticketUrgency)
        && (serviceContract == null || serviceContract.equals(ticketContract));
  }

  /** How many criteria it names. */
  public int specificity() {
    return (category == null ? 0 : 1) + (urgency == null ? 0 : 1) + (serviceContract == null ? 0 : 1);
  }
}
