package dev.desk.jdbc.internal;

import dev.desk.spi.storage.TicketQuery;
import java.util.List;

/** A {@link TicketQuery} as MyBatis reads it: with getters and lists. */
public final class QueryParams {
  private final TicketQuery query;

  /** Params of a query. */
  public QueryParams(TicketQuery query) {
    this.query = query;
  }

  public String getOrganisationId() { return query.organisationId(); }
  public List<String> getStatuses() { return query.statuses().stream().sorted().toList(); }
  public String getAssignee() { return query.assignee(); }
  public List<String> getGroups() { return query.groups().stream().sorted().toList(); }
  public boolean isUnassigned() { return query.unassigned(); }
  public int getOffset() { return query.offset(); }
  public int getLimit() { return query.limit(); }
}
