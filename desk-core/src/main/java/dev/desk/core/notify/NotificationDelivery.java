package dev.desk.core.notify;

import dev.desk.core.journal.TicketFold;
import dev.desk.core.knowledge.SuggestionsSent;
import dev.desk.core.plugin.PluginCall;
import dev.desk.core.plugin.PluginHealth;
import dev.desk.core.text.Labels;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.OutboxStore;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due notifications from an outbox through the first notifier that accepts each.
 *
 * <ul>
 *   <li>Entries are leased ({@link OutboxStore#claim}), so of several nodes one delivers each; a
 *       node that dies mid-round lets its leases run out and another delivers.
 *   <li>Each call runs within the notifier's time budget on a thread of its own; a notifier that
 *       throws or runs over costs that entry one try, never the round.
 *   <li>A failed entry waits {@code firstPause}, then twice as long each time up to {@code
 *       longestPause}; after {@code maxAttempts} tries it is dead, and stays in the dead-letter
 *       list until an operator re-queues it. An entry no notifier accepts is dead at once.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

  private final List<Notifier> notifiers;
  /** The settings this delivery was built with, for a copy with more notifiers. */
  private final Builder settings;
  /** Time kept between the end of a try's budget and the end of its lease, for recording it. */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(1);

  private final Map<String, PluginHealth.Counters> counters = new ConcurrentHashMap<>();
  private final int maxAttempts;
  private final Duration firstPause;
  private final Duration longestPause;
  private final Duration lease;
  private final int batch;
  private final NotificationTemplates templates;
  private final String locale;
  private final Labels labels;

  private NotificationDelivery(Builder b) {
    this(b, List.of());
  }

  private NotificationDelivery(Builder b, List<Notifier> more) {
    List<Notifier> all = new ArrayList<>(b.notifiers);
    all.addAll(more);
    notifiers = List.copyOf(all);
    settings = b.copy();
    maxAttempts = b.maxAttempts;
    firstPause = b.firstPause;
    longestPause = b.longestPause;
    lease = b.lease;
    batch = b.batch;
    templates = b.templates;
    locale = b.locale;
    labels = Labels.of(Locale.forLanguageTag(b.locale));
  }

  /**
   * This delivery with more notifiers after its own (the plugins'): the first that accepts an
   * entry delivers it, so the host's own come first.
   */
  public NotificationDelivery withMoreNotifiers(List<Notifier> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new NotificationDelivery(settings, more);
  }

  /** A builder: 8 tries, pauses from 1 minute doubling up to 1 hour, 5-minute leases, 100 a round. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Delivers what is due now, at most one batch, with words from the tickets' facts. A round
   * never outlives its lease: each delivery is recorded as soon as it is made, and an entry is
   * tried only while its lease has its notifier's whole budget left; the rest of the batch is put
   * back at once, untried and uncounted, for the next round (of any node). So no entry is tried
   * again by another node while this one may still be delivering it.
   *
   * @param clock the desk's clock, read before each try
   * @param threads the pool the notifiers' calls run on (the desk's)
   */
  public DeliveryReport deliverDue(OutboxStore outbox, TicketStore tickets, Clock clock, ExecutorService threads) {
    Instant claimed = clock.instant();
    Instant leaseEnds = claimed.plus(lease);
    int delivered = 0;
    int retried = 0;
    int dead = 0;
    int putBack = 0;
    for (OutboxEntry entry : outbox.claim(claimed, lease, batch)) {
      Notifier notifier = notifiers.stream().filter(n -> n.accepts(entry)).findFirst().orElse(null);
      Instant now = clock.instant();
      if (notifier != null && now.plus(notifier.timeBudget()).plus(LEASE_MARGIN).isAfter(leaseEnds)) {
        // too little of the lease is left for a whole try: back in line now, this round tries no more
        outbox.failed(entry.key(), entry.attempts(), now, "put back untried: the round's lease ran short");
        putBack++;
        continue;
      }
      String problem = notifier == null ? "no notifier accepts " + entry.notification().recipientKind() + " "
          + entry.notification().recipient() : attempt(notifier, entry, message(entry, tickets), threads);
      if (problem == null) {
        outbox.delivered(entry.key(), clock.instant()); // at once: its lease must not end unrecorded
        delivered++;
        continue;
      }
      int attempts = entry.attempts() + 1;
      boolean giveUp = notifier == null || attempts >= maxAttempts;
      outbox.failed(entry.key(), attempts, giveUp ? null : now.plus(pauseAfter(attempts)), problem);
      LOG.warn("Notification {} of {} {} (try {}): {}", entry.key(), entry.ticketNumber(),
          giveUp ? "is dead" : "failed", attempts, problem);
      if (giveUp) {
        dead++;
      } else {
        retried++;
      }
    }
    if (putBack > 0) {
      LOG.info("{} notification(s) put back untried: a try takes longer than the lease of {} left", putBack, lease);
    }
    return new DeliveryReport(delivered, retried, dead);
  }

  /** The pause after the n-th failed try: firstPause, doubling, at most longestPause. */
  public Duration pauseAfter(int attempts) {
    Duration pause = firstPause;
    for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(longestPause) > 0 ? longestPause : pause;
  }

  /** Calls, failures and time-outs of every notifier: the health view. */
  public List<PluginHealth> health() {
    return notifiers.stream().map(n -> counters(n).health()).toList();
  }

  private PluginHealth.Counters counters(Notifier n) {
    return counters.computeIfAbsent(n.name(), PluginHealth.Counters::new);
  }

  /** {@code null} when delivered, else what went wrong (the notifier's message, never the content). */
  private String attempt(Notifier notifier, OutboxEntry entry, Message message, ExecutorService threads) {
    return PluginCall.within(threads, notifier.timeBudget(), notifier.name(), counters(notifier), () -> {
      notifier.deliver(entry, message);
      return Boolean.TRUE;
    }).problem();
  }

  /**
   * The words of an entry: its event's template (ESCALATION for rule firings) filled with the
   * ticket as it was when the notice was planned, the last public comment as the question and the
   * last internal note as the note.
   */
  Message message(OutboxEntry entry, TicketStore tickets) {
    TicketChange.NotificationPlanned n = entry.notification();
    Map<String, String> facts = new HashMap<>();
    facts.put("number", entry.ticketNumber());
    facts.put("rule", n.rule());
    facts.put("level", Integer.toString(n.level()));
    // the ticket as it was when the notice was planned: a later change must not rewrite an earlier notice
    long planned = Long.parseLong(entry.key().substring(entry.key().lastIndexOf(':') + 1));
    List<JournalEvent> journal = tickets.journal(entry.ticketId()).stream().filter(e -> e.sequence() <= planned)
        .toList();
    if (!journal.isEmpty()) {
      TicketSnapshot t = TicketFold.replay(journal);
      facts.put("subject", t.subject());
      facts.put("status", labels.of("status", t.status()));
      facts.put("urgency", labels.of("urgency", t.urgency().name()));
      facts.put("reason", t.refusalReason() == null ? null : labels.of("refusal", t.refusalReason().name()));
      facts.put("line", t.line().name());
      facts.put("group", t.group());
      facts.put("assignee", t.assignee());
      facts.put("resolution", t.resolution());
      facts.put("articles", articles(journal, locale));
      facts.put("suggestions", suggestions(journal));
      journal.stream().filter(e -> e.change() instanceof TicketChange.Commented c && !c.internal())
          .reduce((first, second) -> second)
          .ifPresent(e -> facts.put("question", ((TicketChange.Commented) e.change()).text()));
      // for a watcher: the internal note the notice was planned for, the last one up to it
      journal.stream().filter(e -> e.change() instanceof TicketChange.Commented c && c.internal())
          .reduce((first, second) -> second)
          .ifPresent(e -> facts.put("note", ((TicketChange.Commented) e.change()).text()));
    }
    return templates.render(n.level() == 0 ? n.rule() : "ESCALATION", locale, facts);
  }

  /**
   * The knowledge-base articles linked up to the notice, each at the revision linked: its title
   * (an id for a link made before desk kept revisions) and, when the host's portal serves them,
   * its link.
   */
  private String articles(List<JournalEvent> journal, String locale) {
    List<String> shown = new ArrayList<>();
    for (JournalEvent e : journal) {
      if (e.change() instanceof TicketChange.KnowledgeArticleLinked a) {
        shown.add(a.title() == null ? a.articleId() : link(a.articleId(), a.revision(), a.title()));
      }
    }
    return shown.isEmpty() ? "." : (locale.equals("ru") ? ". Статьи базы знаний: " : ". Knowledge base: ")
        + String.join(", ", shown) + ".";
  }

  /** An article's title in the notice's quotes and, when the host's portal serves them, its link. */
  private String link(String articleId, int revision, String title) {
    String name = locale.equals("ru") ? "«" + title + "»" : "\u201c" + title + "\u201d";
    return settings.articleLinks == null || revision == 0 ? name : name + " " + settings.articleLinks
        .replace("{article}", articleId).replace("{revision}", Integer.toString(revision));
  }

  /**
   * The articles suggested with the acknowledgment of a request that came as a message, in the
   * notice's words ({@code SUGGESTIONS} template), or nothing.
   */
  private String suggestions(List<JournalEvent> journal) {
    for (JournalEvent e : journal) {
      if (e.change() instanceof SuggestionsSent sent) {
        List<String> shown = new ArrayList<>();
        for (SuggestionsSent.Article a : sent.articles()) {
          shown.add(link(a.articleId(), a.revision(), a.title()));
        }
        return " " + templates.render("SUGGESTIONS", locale, Map.of("list", String.join(", ", shown))).body();
      }
    }
    return "";
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final List<Notifier> notifiers = new ArrayList<>();
    private int maxAttempts = 8;
    private Duration firstPause = Duration.ofMinutes(1);
    private Duration longestPause = Duration.ofHours(1);
    private Duration lease = Duration.ofMinutes(5);
    private int batch = 100;
    private NotificationTemplates templates = NotificationTemplates.defaults();
    private String locale = "en";
    private String articleLinks;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.notifiers.addAll(notifiers);
      c.templates = templates;
      c.locale = locale;
      c.articleLinks = articleLinks;
      c.maxAttempts = maxAttempts;
      c.firstPause = firstPause;
      c.longestPause = longestPause;
      c.lease = lease;
      c.batch = batch;
      return c;
    }

    /** The words of notifications (the built-in Russian and English ones by default). */
    public Builder templates(NotificationTemplates value) { templates = Objects.requireNonNull(value, "templates"); return this; }
    /** The language notifications are written in ({@code en} by default; {@code ru} is built in too). */
    public Builder locale(String value) { locale = Objects.requireNonNull(value, "locale"); return this; }
    /**
     * Where the host's portal shows a knowledge-base article at a revision, for the links in
     * notices: {@code {article}} and {@code {revision}} are filled in
     * ({@code https://help.example/kb/{article}/{revision}}). Without it a notice names the titles.
     */
    public Builder articleLinks(String template) {
      if (template == null || !template.contains("{article}")) {
        throw new IllegalArgumentException("an article link needs {article} (and may have {revision}), not "
            + template);
      }
      articleLinks = template;
      return this;
    }
    /** Adds a notifier; the first that accepts an entry delivers it. */
    public Builder notifier(Notifier value) { notifiers.add(Objects.requireNonNull(value, "notifier")); return this; }
    /** Adds notifiers in order, such as {@code PluginRegistry.notifiers()}. */
    public Builder notifiers(List<Notifier> values) { values.forEach(this::notifier); return this; }
    /** Tries before an entry is dead (8 by default). */
    public Builder maxAttempts(int value) { maxAttempts = value; return this; }
    /** The pause after the first failure, doubling after each (1 minute by default). */
    public Builder firstPause(Duration value) { firstPause = value; return this; }
    /** The longest pause (1 hour by default). */
    public Builder longestPause(Duration value) { longestPause = value; return this; }
    /** How long a claimed entry is hidden from other nodes (5 minutes by default). */
    public Builder lease(Duration value) { lease = value; return this; }
    /** Entries one round delivers at most (100 by default). */
    public Builder batch(int value) { batch = value; return this; }

    /** The delivery; refuses settings that cannot work. */
    public NotificationDelivery build() {
      if (maxAttempts < 1 || batch < 1 || firstPause.isNegative() || firstPause.isZero()
          || longestPause.compareTo(firstPause) < 0 || lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("delivery needs maxAttempts and batch of at least 1, a positive first "
            + "pause no longer than the longest, and a positive lease");
      }
      return new NotificationDelivery(this);
    }
  }
}
