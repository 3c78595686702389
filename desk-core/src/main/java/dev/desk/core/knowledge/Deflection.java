package dev.desk.core.knowledge;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.storage.JournalFeed;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many requests the knowledge base answered before they became tickets, in a period:
 * {@code deflected / sessions}, where a session is one request's suggestions (articles were
 * shown), and it is deflected when the reader said an article helped and no ticket was registered
 * after it. Counted from the suggestion journal and the tickets' journal, not from clicks alone:
 * a "this helped" followed by a ticket is not a deflection.
 *
 * <p>Definition version 1.
 *
 * @param from the period's start, inclusive (sessions that began then)
 * @param to its end, exclusive
 * @param sessions sessions that showed articles before any ticket (not those sent with a ticket's
 *     acknowledgment)
 * @param helped sessions in which the reader said an article helped
 * @param registeredAnyway sessions after which a ticket was registered
 * @param deflected sessions that helped and after which no ticket was registered
 */
public record Deflection(Instant from, Instant to, long sessions, long helped, long registeredAnyway,
    long deflected) {

  private static final int PAGE = 1_000;

  /** The share of sessions deflected, 0 when there was none. */
  public double rate() {
    return sessions == 0 ? 0 : (double) deflected / sessions;
  }

  /**
   * Counts the period.
   *
   * @param sessions the period's sessions, each with whether an article helped ({@link
   *     KnowledgeBase#sessions})
   * @param journal the tickets' journal, read whole for the registrations that name a session
   */
  static Deflection count(Instant from, Instant to, Map<String, Boolean> sessions, JournalFeed journal) {
    Set<String> registered = new HashSet<>();
    Set<String> sentWithTickets = new HashSet<>();
    long position = 0;
    for (List<PositionedEvent> page = journal.journalAfter(0, PAGE); !page.isEmpty();
        page = journal.journalAfter(position, PAGE)) {
      for (PositionedEvent p : page) {
        JournalEvent e = p.event();
        if (e.change() instanceof SuggestionsDeclined declined && sessions.containsKey(declined.sessionId())) {
          registered.add(declined.sessionId());
        } else if (e.change() instanceof SuggestionsSent sent) {
          sentWithTickets.add(sent.sessionId());
        }
        position = p.position();
      }
    }
    // suggestions sent with a ticket's acknowledgment could deflect nothing: the ticket came first
    Map<String, Boolean> before = new LinkedHashMap<>(sessions);
    before.keySet().removeAll(sentWithTickets);
    long helped = before.values().stream().filter(h -> h).count();
    long deflected = before.entrySet().stream().filter(e -> e.getValue() && !registered.contains(e.getKey()))
        .count();
    return new Deflection(from, to, before.size(), helped, registered.size(), deflected);
  }
}
