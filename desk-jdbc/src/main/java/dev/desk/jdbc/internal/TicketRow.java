package dev.desk.jdbc.internal;

import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;

/** A row of {@code desk_ticket}: the columns queries use, and the snapshot as JSON. */
public final class TicketRow {
  private final String id;
  private final String number;
  private final String organisationId;
  private final String status;
  private final String assignee;
  private final String groupId;
  private final long createdAt;
  private final long version;
  private final long expectedVersion;
  private final String snapshot;

  /** The row of a snapshot, to write over {@code expectedVersion}. */
  public TicketRow(TicketSnapshot s, String json, long expectedVersion) {
    this.id = s.id().toString();
    this.number = s.number();
    this.organisationId = s.organisationId();
    this.status = s.status();
    this.assignee = s.assignee();
    this.groupId = s.group();
    this.createdAt = nanos(s.createdAt());
    this.version = s.version();
    this.expectedVersion = expectedVersion;
    this.snapshot = json;
  }

  /** Epoch nanoseconds: exact, portable, and ordered like the instants. */
  public static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  public String getId() { return id; }
  public String getNumber() { return number; }
  public String getOrganisationId() { return organisationId; }
  public String getStatus() { return status; }
  public String getAssignee() { return assignee; }
  public String getGroupId() { return groupId; }
  public long getCreatedAt() { return createdAt; }
  public long getVersion() { return version; }
  public long getExpectedVersion() { return expectedVersion; }
  public String getSnapshot() { return snapshot; }
}
