package dev.desk.core.sla;

import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA policies of a desk and how one is chosen for a ticket: among the policies matching
 * its type, category, urgency and service contract, the most specific; among equally specific ones,
 * the first listed; without any, the default. Immutable and thread-safe.
 */
public final class SlaPolicies {

  private static final SlaPolicies NONE = new SlaPolicies(List.of(), null);

  private final List<SlaPolicy> policies;
  private final SlaPolicy fallback;
  private final Map<String, SlaPolicy> byId;

  private SlaPolicies(List<SlaPolicy> policies, SlaPolicy fallback) {
    this.policies = List.copyOf(policies);
    this.fallback = fallback;
    Map<String, SlaPolicy> ids = new LinkedHashMap<>();
    for (SlaPolicy p : policies) {
      if (ids.put(p.id(), p) != null) {
        throw new IllegalArgumentException("two SLA policies have the id " + p.id());
      }
    }
    if (fallback != null && ids.putIfAbsent(fallback.id(), fallback) != null && !ids.get(fallback.id()).equals(fallback)) {
      throw new IllegalArgumentException("two SLA policies have the id " + fallback.id());
    }
    this.byId = Map.copyOf(ids);
  }

  /** No policies: tickets run no clocks. */
  public static SlaPolicies none() {
    return NONE;
  }

  /** Policies with a default for tickets none of them matches. */
  public static SlaPolicies of(SlaPolicy defaultPolicy, SlaPolicy... policies) {
    return new SlaPolicies(List.of(policies), defaultPolicy);
  }

  /** The policy for a ticket of any type with these facts, if any applies. */
  public Optional<SlaPolicy> select(String category, Urgency urgency, String serviceContract) {
    return select(null, category, urgency, serviceContract);
  }

  /**
   * The policy for a ticket with these facts, if any applies: the most specific match, the first
   * listed among equals, else the default.
   */
  public Optional<SlaPolicy> select(TicketType type, String category, Urgency urgency, String serviceContract) {
    SlaPolicy best = null;
    for (SlaPolicy p : policies) { // in order: a later policy wins only by naming more
      if (p.matches(type, category, urgency, serviceContract)
          && (best == null || p.specificity() > best.specificity())) {
        best = p;
      }
    }
    return Optional.ofNullable(best != null ? best : fallback);
  }

  /** Whether the policy was chosen as the default, matching no criteria of its own. */
  public boolean isDefault(SlaPolicy policy) {
    return policy.equals(fallback) && !policies.contains(policy);
  }

  /** A policy by id. */
  public Optional<SlaPolicy> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every policy, the default last. */
  public List<SlaPolicy> all() {
    List<SlaPolicy> all = new ArrayList<>(policies);
    if (fallback != null && !all.contains(fallback)) {
      all.add(fallback);
    }
    return all;
  }
}
