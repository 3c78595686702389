package dev.desk.core.store;

import dev.desk.spi.error.CapacityExceededException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.CounterChange;
import dev.desk.spi.storage.DocumentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.storage.InboundKey;
import dev.desk.spi.storage.InboundLog;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.OutboxStore;
import dev.desk.spi.storage.TicketCommit;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A {@link TicketStore} in memory. Thread-safe: a commit is atomic per ticket (the snapshot and
 * its journal are swapped in one step), numbers and counters are unique under any concurrency.
 * Queries scan every ticket; it is meant for tests, demos and small hosts.
 */
public final class InMemoryTicketStore implements TicketStore, DocumentStore, OutboxStore, AttachmentStore,
    InboundLog, JournalFeed {

  private static final Comparator<TicketSnapshot> OLDEST_FIRST =
      Comparator.comparing(TicketSnapshot::createdAt).thenComparing(TicketSnapshot::number);

  /** A ticket's snapshot and journal, replaced as a whole on every commit. */
  private record Entry(TicketSnapshot snapshot, JournalEvent[] journal) {}

  private final ConcurrentHashMap<TicketId, Entry> tickets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, TicketId> numbers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicLong> series = new ConcurrentHashMap<>();
  /** Every ticket's timers, ordered by their due instants: the sweep reads only what is due. */
  private final ConcurrentSkipListSet<Due> due = new ConcurrentSkipListSet<>();
  private final ConcurrentHashMap<TicketId, List<Due>> timers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, StoredDocument> documents = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, OutboxEntry> outbox = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, TicketId> messages = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AttachmentRef> attachmentRefs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, byte[]> attachmentContents = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, FileOrigin> attachmentOrigins = new ConcurrentHashMap<>();
  /** Pending outbox entries by their next try: what a claim reads. */
  private final ConcurrentSkipListSet<Pending> pending = new ConcurrentSkipListSet<>();
  private final ConcurrentHashMap<String, Instant> leases = new ConcurrentHashMap<>();
  /** Named counters; every commit that moves some checks and moves them under this one lock. */
  private final Map<String, Long> counters = new HashMap<>();
  /**
   * Every committed event, appended under the list's lock, so without holes: its position is its
   * index plus one, made when read (a position object per event would be kept for the process's life).
   */
  private final List<JournalEvent> feed = new ArrayList<>();
  /** Each group's tickets without an assignee: a queue query reads these, not every ticket. */
  private final ConcurrentHashMap<String, Set<TicketId>> unassigned = new ConcurrentHashMap<>();

  private record Due(Instant at, TicketId id, String kind) implements Comparable<Due> {
    @Override
    public int compareTo(Due o) {
      int c = at.compareTo(o.at);
      c = c != 0 ? c : id.value().compareTo(o.id.value());
      return c != 0 ? c : kind.compareTo(o.kind);
    }
  }

  @Override
  public long nextInSeries(String name) {
    return series.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
  }

  @Override
  public void commit(TicketCommit commit) {
    TicketSnapshot snapshot = commit.snapshot();
    JournalEvent[] events = commit.events().toArray(JournalEvent[]::new);
    if (commit.createsTicket()) {
      recordMessages(snapshot, commit.inbound());
      if (numbers.putIfAbsent(snapshot.number(), snapshot.id()) != null) {
        forgetMessages(commit.inbound());
        throw new StaleVersionException(snapshot.number(), 0, -1);
      }
      try {
        count(commit.counters(), 1);
      } catch (RuntimeException e) {
        numbers.remove(snapshot.number(), snapshot.id());
        forgetMessages(commit.inbound());
        throw e;
      }
      if (tickets.putIfAbsent(snapshot.id(), new Entry(snapshot, events)) != null) {
        count(commit.counters(), -1);
        numbers.remove(snapshot.number(), snapshot.id());
        forgetMessages(commit.inbound());
        throw new StaleVersionException(snapshot.id().toString(), 0, -1);
      }
      index(null, snapshot);
      enqueue(commit.outbox());
      publish(events);
      time(commit);
      return;
    }
    tickets.compute(snapshot.id(), (id, current) -> {
      long actual = current == null ? 0 : current.snapshot().version();
      if (actual != commit.expectedVersion()) {
        throw new StaleVersionException(snapshot.number(), commit.expectedVersion(), actual);
      }
      recordMessages(snapshot, commit.inbound());
      try {
        count(commit.counters(), 1);
      } catch (RuntimeException e) {
        forgetMessages(commit.inbound());
        throw e;
      }
      JournalEvent[] journal = Arrays.copyOf(current.journal(), current.journal().length + events.length);
      System.arraycopy(events, 0, journal, current.journal().length, events.length);
      // inside compute: the ticket's due entry changes under the same per-ticket lock
      index(current.snapshot(), snapshot);
      enqueue(commit.outbox());
      publish(events);
      time(commit);
      return new Entry(snapshot, journal);
    });
  }

  /** Records the commit's message keys; a key seen before fails the commit, writing nothing. */
  private void recordMessages(TicketSnapshot ticket, List<InboundKey> keys) {
    List<String> recorded = new ArrayList<>();
    for (InboundKey k : keys) {
      String key = k.channel() + '\u0000' + k.messageId();
      if (messages.putIfAbsent(key, ticket.id()) != null) {
        recorded.forEach(messages::remove);
        throw new StaleVersionException("message " + k.messageId(), 0, -1);
      }
      recorded.add(key);
    }
  }

  private void forgetMessages(List<InboundKey> keys) {
    keys.forEach(k -> messages.remove(k.channel() + '\u0000' + k.messageId()));
  }

  @Override
  public Optional<TicketId> ticketOfMessage(String channel, String messageId) {
    return Optional.ofNullable(messages.get(channel + '\u0000' + messageId));
  }

  /**
   * Moves the counters all or none ({@code sign} -1 takes a move back); a ceiling that would be
   * passed fails the commit.
   */
  private void count(List<CounterChange> changes, int sign) {
    if (changes.isEmpty()) {
      return;
    }
    synchronized (counters) {
      for (CounterChange c : changes) {
        if (sign > 0 && c.ceiling() != null && counters.getOrDefault(c.name(), 0L) + c.delta() > c.ceiling()) {
          throw new CapacityExceededException(c.name());
        }
      }
      changes.forEach(c -> counters.merge(c.name(), sign * c.delta(), Long::sum));
    }
  }

  @Override
  public Map<String, Long> counters(Collection<String> names) {
    synchronized (counters) {
      Map<String, Long> out = new HashMap<>();
      names.forEach(n -> out.put(n, counters.getOrDefault(n, 0L)));
      return out;
    }
  }

  @Override
  public void resetCounters(Map<String, Long> values) {
    synchronized (counters) {
      counters.putAll(values);
    }
  }

  /** Gives the committed events their global positions. */
  private void publish(JournalEvent[] events) {
    synchronized (feed) {
      for (JournalEvent e : events) {
        feed.add(e);
      }
    }
  }

  @Override
  public List<PositionedEvent> journalAfter(long after, int limit) {
    synchronized (feed) {
      int from = (int) Math.min(Math.max(after, 0), feed.size());
      int to = (int) Math.min((long) from + limit, feed.size());
      List<PositionedEvent> out = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        out.add(new PositionedEvent(i + 1, feed.get(i)));
      }
      return out;
    }
  }

  /** The commit's outbox entries, with the commit. */
  private void enqueue(List<OutboxEntry> entries) {
    for (OutboxEntry entry : entries) {
      outbox.put(entry.key(), entry);
      pending.add(new Pending(entry.nextAttemptAt(), entry.key()));
    }
  }

  private record Pending(Instant at, String key) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : key.compareTo(o.key);
    }
  }

  @Override
  public synchronized List<OutboxEntry> claim(Instant now, Duration lease, int limit) {
    List<OutboxEntry> out = new ArrayList<>();
    for (Pending p : pending) {
      if (p.at().isAfter(now) || out.size() >= limit) {
        break;
      }
      Instant held = leases.get(p.key());
      if (held == null || !held.isAfter(now)) {
        leases.put(p.key(), now.plus(lease));
        out.add(outbox.get(p.key()));
      }
    }
    return out;
  }

  @Override
  public synchronized void delivered(String key, Instant at) {
    OutboxEntry e = outbox.get(key);
    pending.remove(new Pending(e.nextAttemptAt(), key));
    leases.remove(key);
    outbox.put(key, new OutboxEntry(key, e.ticketId(), e.ticketNumber(), e.notification(), OutboxEntry.State.DELIVERED,
        e.attempts() + 1, null, e.lastError(), at));
  }

  @Override
  public synchronized void failed(String key, int attempts, Instant nextAttemptAt, String error) {
    OutboxEntry e = outbox.get(key);
    pending.remove(new Pending(e.nextAttemptAt(), key));
    leases.remove(key);
    OutboxEntry.State state = nextAttemptAt == null ? OutboxEntry.State.DEAD : OutboxEntry.State.PENDING;
    outbox.put(key, new OutboxEntry(key, e.ticketId(), e.ticketNumber(), e.notification(), state, attempts,
        nextAttemptAt, error, null));
    if (nextAttemptAt != null) {
      pending.add(new Pending(nextAttemptAt, key));
    }
  }

  @Override
  public Optional<OutboxEntry> outboxEntry(String key) {
    return Optional.ofNullable(outbox.get(key));
  }

  @Override
  public List<OutboxEntry> deadLetters(int limit) {
    return outbox.values().stream().filter(e -> e.state() == OutboxEntry.State.DEAD)
        .sorted(Comparator.comparing(OutboxEntry::key)).limit(limit).toList();
  }

  @Override
  public synchronized boolean requeue(String key, Instant at) {
    OutboxEntry e = outbox.get(key);
    if (e == null || e.state() != OutboxEntry.State.DEAD) {
      return false;
    }
    outbox.put(key, new OutboxEntry(key, e.ticketId(), e.ticketNumber(), e.notification(), OutboxEntry.State.PENDING,
        0, at, e.lastError(), null));
    pending.add(new Pending(at, key));
    return true;
  }

  private void index(TicketSnapshot before, TicketSnapshot after) {
    if (before != null && before.assignee() == null && before.group() != null) {
      unassigned.getOrDefault(before.group(), Set.of()).remove(after.id());
    }
    if (after.assignee() == null && after.group() != null) {
      unassigned.computeIfAbsent(after.group(), g -> ConcurrentHashMap.newKeySet()).add(after.id());
    }
  }

  /**
   * Sets and cancels the commit's timers, inside the ticket's commit; a ticket with none keeps no
   * list. The ticket's list holds the very entries of the due index, so moving one looks nothing up.
   */
  private void time(TicketCommit commit) {
    if (commit.timers().isEmpty() && commit.cancelledTimers().isEmpty()) {
      return;
    }
    TicketId id = commit.snapshot().id();
    List<Due> was = timers.getOrDefault(id, List.of());
    List<Due> kept = new ArrayList<>(was.size() + commit.timers().size());
    for (Due d : was) {
      if (commit.cancelledTimers().contains(d.kind()) || sets(commit.timers(), d.kind())) {
        due.remove(d);
      } else {
        kept.add(d);
      }
    }
    for (Timer timer : commit.timers()) {
      Due d = new Due(timer.dueAt(), id, timer.kind());
      due.add(d);
      kept.add(d);
    }
    if (kept.isEmpty()) {
      timers.remove(id);
    } else {
      timers.put(id, List.copyOf(kept));
    }
  }

  private static boolean sets(List<Timer> timers, String kind) {
    for (Timer t : timers) {
      if (t.kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<TicketId> dueTickets(Instant now, int limit) {
    Set<TicketId> ids = new LinkedHashSet<>();
    for (Due d : due) {
      if (d.at().isAfter(now) || ids.size() == limit) {
        break;
      }
      ids.add(d.id());
    }
    return List.copyOf(ids);
  }

  @Override
  public List<Timer> timers(TicketId id) {
    return timers.getOrDefault(id, List.of()).stream().map(d -> new Timer(d.kind(), d.at()))
        .sorted(Comparator.comparing(Timer::dueAt).thenComparing(Timer::kind)).toList();
  }

  @Override
  public Optional<TicketSnapshot> find(TicketId id) {
    Entry entry = tickets.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.snapshot());
  }

  @Override
  public Optional<TicketSnapshot> findByNumber(String number) {
    TicketId id = numbers.get(number);
    return id == null ? Optional.empty() : find(id);
  }

  @Override
  public List<JournalEvent> journal(TicketId id) {
    Entry entry = tickets.get(id);
    return entry == null ? List.of() : List.of(entry.journal());
  }

  @Override
  public List<TicketSnapshot> query(TicketQuery q) {
    Stream<TicketSnapshot> candidates = q.unassigned() && !q.groups().isEmpty()
        ? q.groups().stream().flatMap(g -> unassigned.getOrDefault(g, Set.of()).stream())
            .map(tickets::get).filter(Objects::nonNull).map(Entry::snapshot)
        : tickets.values().stream().map(Entry::snapshot);
    return candidates
        .filter(t -> q.organisationId() == null || q.organisationId().equals(t.organisationId()))
        .filter(t -> q.statuses().isEmpty() || q.statuses().contains(t.status()))
        .filter(t -> q.assignee() == null || q.assignee().equals(t.assignee()))
        .filter(t -> !q.unassigned() || t.assignee() == null)
        .filter(t -> q.groups().isEmpty() || (t.group() != null && q.groups().contains(t.group())))
        .sorted(OLDEST_FIRST)
        .skip(q.offset())
        .limit(q.limit())
        .toList();
  }

  /** How many tickets the store holds. */
  public int size() {
    return tickets.size();
  }

  @Override
  public Optional<StoredDocument> load(String name) {
    return Optional.ofNullable(documents.get(Objects.requireNonNull(name, "name")));
  }

  @Override
  public StoredDocument save(String name, String content, long expectedVersion, Instant savedAt) {
    StoredDocument[] saved = new StoredDocument[1];
    documents.compute(Objects.requireNonNull(name, "name"), (key, current) -> {
      long version = current == null ? 0 : current.version();
      if (version != expectedVersion) {
        throw new StaleVersionException("document " + name, expectedVersion, version);
      }
      saved[0] = new StoredDocument(name, version + 1, content, savedAt);
      return saved[0];
    });
    return saved[0];
  }

  @Override
  public AttachmentRef put(String fileName, String mediaType, byte[] content, FileOrigin origin) {
    AttachmentStore.requireStorable(fileName, mediaType, origin);
    AttachmentRef ref = new AttachmentRef(UUID.randomUUID().toString(), fileName, mediaType, content.length);
    attachmentContents.put(ref.id(), content.clone());
    attachmentOrigins.put(ref.id(), origin);
    attachmentRefs.put(ref.id(), ref);
    return ref;
  }

  @Override
  public void remove(String id) {
    attachmentRefs.remove(id);
    attachmentContents.remove(id);
    attachmentOrigins.remove(id);
  }

  @Override
  public Optional<FileOrigin> origin(String id) {
    return Optional.ofNullable(attachmentOrigins.get(id));
  }

  @Override
  public Optional<AttachmentRef> describe(String id) {
    return Optional.ofNullable(attachmentRefs.get(id));
  }

  @Override
  public Optional<byte[]> content(String id) {
    return Optional.ofNullable(attachmentContents.get(id)).map(byte[]::clone);
  }
}
