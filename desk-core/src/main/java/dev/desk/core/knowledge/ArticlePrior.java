package dev.desk.core.knowledge;

import dev.desk.spi.journal.JournalListener;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many tickets each article resolved, read from the journal: a ticket counts for every
 * article an answer linked before or with its resolution, once, however often it is reopened and
 * resolved again. Suggestions rank an article that solved more tickets higher. Derived state:
 * every node that follows the journal from the start counts the same. Fed by one follower;
 * read from any thread.
 */
final class ArticlePrior implements JournalListener {

  private final Map<String, Long> resolved = new ConcurrentHashMap<>();
  /** Per ticket with links: each linked article and whether the ticket counted for it. */
  private final Map<TicketId, Map<String, Boolean>> linked = new HashMap<>();

  @Override
  public void onEvent(PositionedEvent positioned) {
    TicketChange c = positioned.event().change();
    TicketId ticket = positioned.event().ticketId();
    if (c instanceof TicketChange.KnowledgeArticleLinked link) {
      linked.computeIfAbsent(ticket, k -> new HashMap<>()).putIfAbsent(link.articleId(), false);
    } else if (c instanceof TicketChange.Resolved && linked.containsKey(ticket)) {
      Map<String, Boolean> links = linked.get(ticket);
      links.forEach((article, counted) -> {
        if (!counted) {
          resolved.merge(article, 1L, Long::sum);
        }
      });
      links.replaceAll((article, counted) -> true);
    }
  }

  /** The tickets the article resolved so far. */
  long resolved(String articleId) {
    return resolved.getOrDefault(articleId, 0L);
  }
}
