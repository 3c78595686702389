package dev.desk.core.knowledge;

import dev.desk.core.view.RequesterView;
import dev.desk.spi.ticket.TicketId;
import java.util.List;
import java.util.Objects;

/**
 * A ticket as an article is drafted from it: what its requester could read, and what the draft
 * must not repeat.
 *
 * @param id the ticket, which the draft links back to
 * @param category its category
 * @param suggestion whether it is a suggestion about the knowledge base (004 s.9.1), not a solved problem
 * @param names the people it names (the requester, contacts), kept out of the draft
 * @param supportCode its organisation's support code, kept out of the draft
 * @param view what its requester could read: never internal notes
 */
public record SolvedTicket(TicketId id, String category, boolean suggestion, List<String> names, String supportCode,
    RequesterView view) {

  /** Checks the parts and copies the names. */
  public SolvedTicket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    names = List.copyOf(names);
    Objects.requireNonNull(view, "view");
  }
}
