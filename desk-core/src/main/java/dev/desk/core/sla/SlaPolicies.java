package dev.desk.core.sla;

import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA policies of a desk and how one is chosen for a ticket: among the policies matching
 * its category, urgency and service contract, the most specific; among equally specific ones,
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

  /** The policy for a ticket with these facts, if any applies. */
  public Optional<SlaPolicy> select(String category, Urgency urgency, String serviceContract) {
    return policies.stream()
        .filter(p -> p.matches(category, urgency, serviceContract))
        .max(Comparator.comparingInt(SlaPolicy::specificity)
            .thenComparing(p -> -policies.indexOf(p)))
        .or(() -> Optional.ofNullable(fallback));
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
