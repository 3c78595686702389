package dev.desk.core.routing;

import dev.desk.spi.ticket.Urgency;
import java.util.List;
import java.util.Objects;

/**
 * Sends matching tickets to a group. Every field but {@code groups} may be {@code null}, meaning
 * "any". Of several groups, the first on duty now takes the ticket; when none is, the first does.
 *
 * @param category the category, or {@code null}
 * @param urgency the urgency, or {@code null}
 * @param organisationProfile the organisation's profile, or {@code null}
 * @param organisation the organisation's id, or {@code null}
 * @param groups candidate groups in order of preference
 * @param skill the skill an agent needs, or {@code null} for the ticket's category
 */
public record RoutingRule(String category, Urgency urgency, String organisationProfile, String organisation,
    List<String> groups, String skill) {

  /** Rejects missing groups; copies them. */
  public RoutingRule {
    Objects.requireNonNull(groups, "groups");
    groups = List.copyOf(groups);
  }

  boolean matches(String category, Urgency urgency, String profile, String organisation) {
    return (this.category == null || this.category.equals(category))
        && (this.urgency == null || this.urgency == urgency)
        && (organisationProfile == null || organisationProfile.equals(profile))
        && (this.organisation == null || this.organisation.equals(organisation));
  }
}
