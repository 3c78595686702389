package dev.desk.core.knowledge;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The most used articles per category and period, a FAQ (000 A/02.3), read from the journal: each
 * answer that linked an article in the period counts once, in the category its ticket was in at
 * that moment. A read model: feed it the journal in order (from the start, so it knows each
 * ticket's category). Not thread-safe; one reader feeds it.
 */
public final class ArticleUsage {

  private static final int PAGE = 1_000;

  private final Instant from;
  private final Instant to;
  private final Map<TicketId, String> categories = new HashMap<>();
  /** category -> article -> [answers], with each article's latest title. */
  private final Map<String, Map<String, long[]>> counts = new TreeMap<>();
  private final Map<String, String> titles = new HashMap<>();

  /** Counts links made from {@code from} (inclusive) to {@code to} (exclusive). */
  public ArticleUsage(Instant from, Instant to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a period ends after it begins: " + from + " to " + to);
    }
  }

  /** The usage of the period, read from the whole journal in one pass. */
  public static ArticleUsage read(JournalFeed feed, Instant from, Instant to) {
    ArticleUsage usage = new ArticleUsage(from, to);
    long position = 0;
    for (List<PositionedEvent> page = feed.journalAfter(0, PAGE); !page.isEmpty();
        page = feed.journalAfter(position, PAGE)) {
      for (PositionedEvent e : page) {
        usage.accept(e.event());
        position = e.position();
      }
    }
    return usage;
  }

  /** Reads one event of the journal. */
  public void accept(JournalEvent e) {
    TicketChange c = e.change();
    if (c instanceof TicketChange.Registered r) {
      categories.put(e.ticketId(), r.category());
    } else if (c instanceof TicketChange.CategoryChanged moved) {
      categories.put(e.ticketId(), moved.to());
    } else if (c instanceof TicketChange.KnowledgeArticleLinked link && !e.occurredAt().isBefore(from)
        && e.occurredAt().isBefore(to)) {
      String category = categories.getOrDefault(e.ticketId(), "");
      counts.computeIfAbsent(category, k -> new LinkedHashMap<>()).computeIfAbsent(link.articleId(),
          k -> new long[1])[0]++;
      if (link.title() != null) {
        titles.put(link.articleId(), link.title());
      }
    }
  }

  /** Per category, the most linked articles, most first (then by id), at most {@code limit} each. */
  public Map<String, List<ArticleUse>> byCategory(int limit) {
    Map<String, List<ArticleUse>> out = new TreeMap<>();
    counts.forEach((category, articles) -> {
      List<ArticleUse> uses = new ArrayList<>();
      articles.forEach((id, n) -> uses.add(new ArticleUse(id, titles.get(id), n[0])));
      uses.sort(Comparator.comparingLong(ArticleUse::answers).reversed().thenComparing(ArticleUse::articleId));
      out.put(category, List.copyOf(uses.subList(0, Math.min(limit, uses.size()))));
    });
    return out;
  }
}
