package dev.desk.spi.storage;

import java.util.Objects;
import java.util.Set;

/**
 * Filters for listing tickets; every filter that is set must match. Build one with
 * {@link #all()} and the {@code with...} methods.
 *
 * @param organisationId only tickets of this organisation; {@code null} for any
 * @param statuses only tickets in one of these states; empty for any
 * @param assignee only tickets assigned to this agent; {@code null} for any
 * @param groups only tickets of one of these groups; empty for any
 * @param unassigned only tickets nobody is assigned to
 * @param offset how many matching tickets to skip
 * @param limit at most this many tickets (1 to {@value #MAX_LIMIT})
 */
public record TicketQuery(
    String organisationId,
    Set<String> statuses,
    String assignee,
    Set<String> groups,
    boolean unassigned,
    int offset,
    int limit) {

  /** The largest page a query may ask for. */
  public static final int MAX_LIMIT = 10_000;
  /** The page size of {@link #all()}. */
  public static final int DEFAULT_LIMIT = 100;

  /** Copies the sets and checks the page. */
  public TicketQuery {
    statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
    groups = Set.copyOf(Objects.requireNonNull(groups, "groups"));
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
  }

  /** No filter, the first {@value #DEFAULT_LIMIT} tickets. */
  public static TicketQuery all() {
    return new TicketQuery(null, Set.of(), null, Set.of(), false, 0, DEFAULT_LIMIT);
  }

  /** This query, only for one organisation. */
  public TicketQuery withOrganisation(String value) {
    return new TicketQuery(value, statuses, assignee, groups, unassigned, offset, limit);
  }

  /** This query, only for tickets in one of these states. */
  public TicketQuery withStatuses(Set<String> value) {
    return new TicketQuery(organisationId, value, assignee, groups, unassigned, offset, limit);
  }

  /** This query, only for tickets assigned to one agent. */
  public TicketQuery withAssignee(String value) {
    return new TicketQuery(organisationId, statuses, value, groups, unassigned, offset, limit);
  }

  /** This query, only for tickets of one of these groups. */
  public TicketQuery withGroups(Set<String> value) {
    return new TicketQuery(organisationId, statuses, assignee, value, unassigned, offset, limit);
  }

  /** This query, only for tickets nobody is assigned to (a group's queue). */
  public TicketQuery withUnassigned() {
    return new TicketQuery(organisationId, statuses, assignee, groups, true, offset, limit);
  }

  /** This query, for another page. */
  public TicketQuery withPage(int newOffset, int newLimit) {
    return new TicketQuery(organisationId, statuses, assignee, groups, unassigned, newOffset, newLimit);
  }
}
