package dev.desk.core.report;

import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.ticket.Actor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose figures a reader may count, decided on what a ticket was when the figure was decided: a
 * supervisor every ticket; a group lead the tickets of the groups they lead and their own; an agent
 * who leads no group only the tickets they were responsible for (a colleague's figures are not an
 * agent's to read); a requester their own organisation's. Shift handovers are read by the group's
 * members and its lead, since the incoming shift takes them over. Immutable.
 */
public final class ReportAccess {

  private static final ReportAccess WITHOUT_LEADS = new ReportAccess(Map.of());

  /** Group ids by the person who leads them. */
  private final Map<String, Set<String>> ledBy;

  private ReportAccess(Map<String, Set<String>> ledBy) {
    this.ledBy = ledBy;
  }

  /** Access where nobody leads a group: staff below supervisor read only their own work. */
  public static ReportAccess withoutLeads() {
    return WITHOUT_LEADS;
  }

  /** Access with the group leads the service directory names. */
  public static ReportAccess of(ServiceDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    Map<String, String> leads = new HashMap<>();
    for (Group g : directory.groups().values()) {
      if (g.lead() != null) {
        leads.put(g.id(), g.lead());
      }
    }
    return leads(leads);
  }

  /** Access with these group leads: the lead's id by group id. */
  public static ReportAccess leads(Map<String, String> leadByGroup) {
    Objects.requireNonNull(leadByGroup, "leadByGroup");
    Map<String, Set<String>> ledBy = new HashMap<>();
    leadByGroup.forEach((group, lead) -> ledBy.computeIfAbsent(Objects.requireNonNull(lead, "lead"),
        k -> new HashSet<>()).add(Objects.requireNonNull(group, "group")));
    ledBy.replaceAll((lead, groups) -> Set.copyOf(groups));
    return new ReportAccess(Map.copyOf(ledBy));
  }

  /** The groups the person leads; empty for none. */
  public Set<String> groupsLedBy(String personId) {
    return ledBy.getOrDefault(personId, Set.of());
  }

  /** Whether the reader may read the shift handovers of the group. */
  public boolean mayReadShift(Actor reader, String group) {
    return switch (reader.role()) {
      case SUPERVISOR, SYSTEM -> true;
      case AGENT -> reader.groups().contains(group) || groupsLedBy(reader.id()).contains(group);
      case REQUESTER -> false;
    };
  }

  /** Which tickets' facts the reader may count. */
  Predicate<Facts> visibleTo(Actor reader) {
    return switch (reader.role()) {
      case SUPERVISOR, SYSTEM -> f -> true;
      case AGENT -> {
        Set<String> led = groupsLedBy(reader.id());
        yield f -> led.contains(f.group()) || reader.id().equals(f.agent());
      }
      case REQUESTER -> f -> Objects.equals(reader.organisationId(), f.organisation());
    };
  }
}
