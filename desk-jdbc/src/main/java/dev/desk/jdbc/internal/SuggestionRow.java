package dev.desk.jdbc.internal;

import dev.desk.spi.knowledge.StoredSuggestionEvent;
import dev.desk.spi.knowledge.SuggestionEvent;
import dev.desk.spi.knowledge.SuggestionStep;
import java.time.Instant;

/** A row of {@code desk_suggestion_event}: one step of a suggestion session, column by column. */
public final class SuggestionRow {

  public long position;
  public String sessionId;
  public String step;
  public long occurredAt;
  public String actorId;
  public String articleId;
  public int revision;
  public int rank;

  /** The row of an event (its position is the database's to give). */
  public static SuggestionRow of(SuggestionEvent e) {
    SuggestionRow row = new SuggestionRow();
    row.sessionId = e.sessionId();
    row.step = e.step().name();
    row.occurredAt = TicketRow.nanos(e.at());
    row.actorId = e.actorId();
    row.articleId = e.articleId();
    row.revision = e.revision();
    row.rank = e.rank();
    return row;
  }

  /** The event the row holds. */
  public SuggestionEvent event() {
    return new SuggestionEvent(sessionId, SuggestionStep.valueOf(step), Instant.ofEpochSecond(0, occurredAt), actorId,
        articleId, revision, rank);
  }

  /** The event with its position. */
  public StoredSuggestionEvent stored() {
    return new StoredSuggestionEvent(position, event());
  }
}
