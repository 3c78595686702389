package dev.desk.core.feature;

import dev.desk.core.engine.Feature;
import dev.desk.core.knowledge.SuggestionsDeclined;
import dev.desk.core.knowledge.SuggestionsSent;
import dev.desk.spi.journal.TicketChange;
import java.util.List;

/**
 * The knowledge base's part of a ticket's journal: that its requester registered it after seeing
 * suggestions, or was sent suggestions with the acknowledgment of a request that came as a
 * message. What it means for the requester stays internal (the default shows nothing; the
 * acknowledgment itself carries the articles).
 */
public final class KnowledgeFeature implements Feature {

  @Override
  public String name() {
    return "knowledge";
  }

  @Override
  public List<Class<? extends TicketChange.Extension>> kinds() {
    return List.of(SuggestionsDeclined.class, SuggestionsSent.class);
  }
}
