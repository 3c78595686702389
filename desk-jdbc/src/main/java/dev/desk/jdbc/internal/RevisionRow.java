package dev.desk.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import dev.desk.spi.knowledge.StoredRevision;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A row of {@code desk_article_revision}: the revision's text and rules as JSON, field by field
 * (names that stay when the record changes), the keys and the instant as columns.
 */
public final class RevisionRow {

  private static final ObjectMapper JSON = new ObjectMapper();

  public long position;
  public String articleId;
  public int number;
  public String content;
  public long madeAt;

  /** The row of a revision (its position is the database's to give). */
  public static RevisionRow of(ArticleRevision r) {
    RevisionRow row = new RevisionRow();
    row.articleId = r.articleId();
    row.number = r.number();
    row.madeAt = TicketRow.nanos(r.at());
    ObjectNode o = JSON.createObjectNode();
    o.put("title", r.title()).put("body", r.body()).put("category", r.category()).put("locale", r.locale())
        .put("visibility", r.visibility().name()).put("state", r.state().name()).put("author", r.author())
        .put("reason", r.reason());
    var tags = o.putArray("tags");
    r.tags().forEach(tags::add);
    var organisations = o.putArray("organisations");
    r.organisations().stream().sorted().forEach(organisations::add);
    if (r.sourceTicket() != null) {
      o.put("sourceTicket", r.sourceTicket().toString());
    }
    row.content = o.toString();
    return row;
  }

  /** The revision the row holds. */
  public ArticleRevision revision() {
    try {
      JsonNode o = JSON.readTree(content);
      List<String> tags = new ArrayList<>();
      o.path("tags").forEach(t -> tags.add(t.asText()));
      Set<String> organisations = new HashSet<>();
      o.path("organisations").forEach(t -> organisations.add(t.asText()));
      return new ArticleRevision(articleId, number, o.get("title").asText(), o.get("body").asText(),
          o.get("category").asText(), tags, o.get("locale").asText(),
          ArticleVisibility.valueOf(o.get("visibility").asText()), organisations,
          ArticleState.valueOf(o.get("state").asText()), o.get("author").asText(), o.get("reason").asText(),
          Instant.ofEpochSecond(0, madeAt), o.hasNonNull("sourceTicket") ? TicketId.parse(o.get("sourceTicket").asText()) : null);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "Revision " + number + " of article " + articleId
          + " is unreadable: " + e.getMessage(), e);
    }
  }

  /** The revision with its position. */
  public StoredRevision stored() {
    return new StoredRevision(position, revision());
  }
}
