package dev.desk.core.knowledge;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import java.util.Objects;

/**
 * The requester saw the knowledge base's suggestions and registered the ticket anyway: journaled
 * with the registration, in its commit, so a session either led to a ticket or did not, and
 * deflection is counted from that.
 *
 * @param sessionId the suggestion session
 */
@Kind("knowledge.suggestions-declined")
public record SuggestionsDeclined(String sessionId) implements TicketChange.Extension {

  /** Requires the session. */
  public SuggestionsDeclined {
    Objects.requireNonNull(sessionId, "sessionId");
  }
}
