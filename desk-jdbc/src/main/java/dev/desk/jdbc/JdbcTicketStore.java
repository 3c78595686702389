package dev.desk.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.desk.jdbc.internal.AttachmentRow;
import dev.desk.jdbc.internal.DocumentRow;
import dev.desk.jdbc.internal.GroupCommit;
import dev.desk.jdbc.internal.H2Compaction;
import dev.desk.jdbc.internal.JournalRow;
import dev.desk.jdbc.internal.JsonCodec;
import dev.desk.jdbc.internal.KnowledgeMapper;
import dev.desk.jdbc.internal.OutboxRow;
import dev.desk.jdbc.internal.QueryParams;
import dev.desk.jdbc.internal.SchemaDataSource;
import dev.desk.jdbc.internal.Sessions;
import dev.desk.jdbc.internal.SyncedCommits;
import dev.desk.jdbc.internal.TicketMapper;
import dev.desk.jdbc.internal.TicketRow;
import dev.desk.jdbc.internal.TimerRow;
import dev.desk.spi.error.CapacityExceededException;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
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
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage SPI on a relational database (H2, PostgreSQL, MariaDB) through MyBatis. Each
 * commit is one transaction: the snapshot row (guarded by its version) and the journal rows are
 * written together or not at all. Several processes may share one database: versions prevent
 * lost updates and counters are row-locked.
 *
 * <p>Thread-safe. Made with {@link #builder()}; {@link #close()} closes the pool it made (not a
 * {@code DataSource} the host gave).
 */
public final class JdbcTicketStore implements DocumentStore, OutboxStore, AttachmentStore, InboundLog, JournalFeed,
    TicketStore {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcTicketStore.class);
  /** How often a commit the database rolled back (a deadlock victim) is written before it counts as stale. */
  private static final int ROLLED_BACK_ATTEMPTS = 3;

  private final Sessions sessions;
  private final JdbcKnowledgeStore knowledge;
  private final JsonCodec codec = new JsonCodec();
  private final HikariDataSource ownPool;
  private final String where;
  private final int numberBlock;
  /**
   * Claims pick their rows without locks, then lock them by key (H2). H2 reads and locks every
   * matching row of a locking query before it applies the limit, and re-runs a subquery for each
   * row it locks; picked first, 500 notifications are claimed in 10 ms instead of 140 ms.
   */
  private final boolean pickThenLock;
  /** Counters whose rows exist: made once, never removed. */
  private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();
  /** Numbers reserved but not yet handed out, per series: [next, last]. */
  private final ConcurrentHashMap<String, long[]> blocks = new ConcurrentHashMap<>();
  /** Commits of threads committing at once, written together. */
  private final GroupCommit<TicketCommit> commits;

  private JdbcTicketStore(DataSource dataSource, HikariDataSource ownPool, String where, String dialect,
      int numberBlock, boolean syncEachCommit) {
    this.ownPool = ownPool;
    this.where = where;
    this.numberBlock = numberBlock;
    this.pickThenLock = dialect.equals("h2");
    Configuration configuration = new Configuration(new Environment("desk", syncEachCommit && dialect.equals("h2")
        ? new SyncedCommits() : new JdbcTransactionFactory(), dataSource));
    configuration.setDatabaseId(dialect); // the mapper's few dialect words (JSON into json on PostgreSQL)
    configuration.addMapper(TicketMapper.class);
    configuration.addMapper(KnowledgeMapper.class);
    this.sessions = Sessions.of(new SqlSessionFactoryBuilder().build(configuration), dataSource);
    this.knowledge = new JdbcKnowledgeStore(sessions, where);
    // two transactions in flight on a server database: each round trip and each flush of its log then carries
    // several commits (registrations -15 % busy CPU on PostgreSQL with four threads). Embedded H2 works each
    // transaction in the calling thread and lost by groups (-15 % registrations per second with two writers,
    // -25 % with one), so there each commit is written by its own thread, as many at once as come.
    this.commits = new GroupCommit<>(this::writeTogether, this::writeAlone, pickThenLock ? Integer.MAX_VALUE : 2, 32);
  }

  /** The knowledge base's articles in the same database (schema 13). */
  public JdbcKnowledgeStore knowledge() {
    return knowledge;
  }

  /** A builder: give a JDBC URL (a pool is made) or a {@code DataSource}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Hands out the next number of the series from a block reserved in the database (one round
   * trip per {@code numberBlock} numbers). Numbers are unique across processes; a process that
   * stops leaves the rest of its block unused, a gap the SPI allows.
   */
  @Override
  public long nextInSeries(String series) {
    Objects.requireNonNull(series, "series");
    long[] taken = {0};
    blocks.compute(series, (key, block) -> {
      if (block == null || block[0] > block[1]) {
        long last = reserve(key, numberBlock);
        block = new long[] {last - numberBlock + 1, last};
      }
      taken[0] = block[0]++;
      return block;
    });
    return taken[0];
  }

  /** Moves the series' counter on by {@code count} in the database; the new last value. */
  private long reserve(String series, int count) {
    for (int attempt = 0; ; attempt++) {
      try (SqlSession session = sessions.open()) {
        TicketMapper m = session.getMapper(TicketMapper.class);
        if (m.incrementSeries(series, count) == 0) {
          m.insertSeries(series, count);
        }
        long value = m.seriesValue(series);
        session.commit();
        return value;
      } catch (PersistenceException e) {
        // two nodes created the same new series at once (the loser counts on the winner's row), or a deadlock victim
        if (!(isConstraintViolation(e) || isRolledBackByTheDatabase(e)) || attempt > 3) {
          throw failure("allocate a number in series " + series, e);
        }
      }
    }
  }

  @Override
  public void commit(TicketCommit commit) {
    ensureCounters(commit.counters().stream().map(CounterChange::name).toList());
    commits.commit(commit);
  }

  /** Commits that came together, in one transaction: all of them, or none and an exception. */
  private void writeTogether(List<TicketCommit> group) {
    try (SqlSession session = sessions.batch()) {
      queue(session.getMapper(TicketMapper.class), group, Map.of());
      List<BatchResult> results = session.flushStatements();
      if (matchedNoVersion(results) || passedCeiling(results) != null) {
        session.rollback();
        throw new IllegalStateException("a commit of the group is refused");
      }
      session.commit();
    }
  }

  private void writeAlone(TicketCommit commit) {
    try {
      // a registration must not fail for another transaction's lock
      retriedWhenRolledBack(() -> {
        writeOnce(commit);
        return null;
      });
    } catch (PersistenceException e) {
      if (isConstraintViolation(e) || isRolledBackByTheDatabase(e)) {
        // a unique key taken, or a deadlock victim again and again: nothing was written; read again and retry
        throw new StaleVersionException(commit.snapshot().number(), commit.expectedVersion(), -1);
      }
      throw failure("commit ticket " + commit.snapshot().number(), e);
    }
  }

  /**
   * Runs a transaction again when the database rolled it back as a deadlock's victim: it wrote
   * nothing and decided on nothing the database changed, and its own checks (a version, a
   * ceiling) hold the second time as the first. After {@link #ROLLED_BACK_ATTEMPTS}, or on any other
   * failure, throws what the transaction threw.
   */
  private static <T> T retriedWhenRolledBack(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (PersistenceException e) {
        if (!isRolledBackByTheDatabase(e) || attempt == ROLLED_BACK_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private void writeOnce(TicketCommit commit) {
    try (SqlSession session = sessions.batch()) {
      queue(session.getMapper(TicketMapper.class), commit);
      // one round trip per table for the whole commit; the ticket update's count is the version check
      List<BatchResult> results = session.flushStatements();
      if (matchedNoVersion(results)) {
        session.rollback();
        throw new StaleVersionException(commit.snapshot().number(), commit.expectedVersion(), -1);
      }
      String full = passedCeiling(results);
      if (full != null) {
        session.rollback();
        throw new CapacityExceededException(full);
      }
      session.commit();
    }
  }

  /** Whether a ticket's update found its row at another version than the commit was decided on. */
  private static boolean matchedNoVersion(List<BatchResult> results) {
    return results.stream().filter(r -> r.getSql().strip().startsWith("UPDATE desk_ticket"))
        .anyMatch(r -> Arrays.stream(r.getUpdateCounts()).anyMatch(count -> count == 0));
  }

  /** Queues a commit's statements in a batch session: counters, the snapshot row, its events, the rest. */
  private void queue(TicketMapper m, TicketCommit commit) {
    queue(m, List.of(commit), Map.of());
  }

  /**
   * Queues commits' statements table by table (all counters, all snapshot rows, all events, ...),
   * so that the batch session sends each table's rows in one round trip however many commits a
   * sweep writes. Timers a ticket is known to have (the sweep read them under its lock) are moved
   * with a plain update, the cheapest statement.
   *
   * @param timersTheyHave by ticket id, the kinds of timer it has
   */
  private void queue(TicketMapper m, List<TicketCommit> commits, Map<String, Set<String>> timersTheyHave) {
    // counters first: two commits that move one counter take its row lock before their journal positions,
    // so for each counter the journal's order is the order its moves committed in; and by name, so that two
    // transactions moving the same counters never wait on each other in a circle (a deadlock)
    List<CounterChange> moves = commits.stream().flatMap(commit -> commit.counters().stream())
        .sorted(Comparator.comparing(CounterChange::name)).toList();
    for (CounterChange c : moves) {
      if (c.ceiling() == null) {
        m.moveCounter(c.name(), c.delta());
      } else {
        m.moveCounterUpTo(c.name(), c.delta(), c.ceiling());
      }
    }
    for (TicketCommit commit : commits) {
      TicketRow row = new TicketRow(commit.snapshot(), codec.write(commit.snapshot()), commit.expectedVersion());
      if (commit.createsTicket()) {
        m.insertTicket(row);
      } else {
        m.updateTicket(row);
      }
    }
    for (TicketCommit commit : commits) {
      for (JournalEvent event : commit.events()) {
        m.insertEvent(new JournalRow(event, codec.write(event)));
      }
    }
    // the outbox rows commit with the events that plan them, or neither does
    for (TicketCommit commit : commits) {
      for (OutboxEntry entry : commit.outbox()) {
        m.insertOutbox(new OutboxRow(entry, codec.write(entry.notification())));
      }
    }
    // the key makes a message seen before fail the whole commit: a duplicate, never a second ticket
    for (TicketCommit commit : commits) {
      for (InboundKey key : commit.inbound()) {
        m.insertInbound(key.channel(), key.messageId(), commit.snapshot().id().toString());
      }
    }
    for (TicketCommit commit : commits) {
      String id = commit.snapshot().id().toString();
      for (String kind : commit.cancelledTimers()) {
        m.deleteTimer(id, kind);
      }
    }
    for (TicketCommit commit : commits) {
      String id = commit.snapshot().id().toString();
      Set<String> known = timersTheyHave.getOrDefault(id, Set.of());
      for (Timer timer : commit.timers()) {
        if (commit.createsTicket()) {
          m.insertTimer(new TimerRow(id, timer));
        } else if (known.contains(timer.kind())) {
          m.moveTimer(new TimerRow(id, timer));
        } else {
          m.setTimer(new TimerRow(id, timer));
        }
      }
    }
  }

  @Override
  public void knowKinds(Collection<Class<? extends TicketChange.Extension>> kinds) {
    codec.know(kinds);
  }

  @Override
  public Optional<TicketSnapshot> find(TicketId id) {
    return read(m -> Optional.ofNullable(m.snapshot(id.toString())).map(codec::snapshot), "read a ticket");
  }

  @Override
  public Optional<TicketSnapshot> findByNumber(String number) {
    return read(m -> Optional.ofNullable(m.snapshotByNumber(number)).map(codec::snapshot), "read a ticket");
  }

  @Override
  public List<JournalEvent> journal(TicketId id) {
    return read(m -> m.journal(id.toString()).stream().map(codec::event).toList(), "read a journal");
  }

  @Override
  public List<PositionedEvent> journalAfter(long after, int limit) {
    return read(m -> m.journalAfter(after, limit).stream()
        .map(r -> new PositionedEvent(r.globalPosition, codec.event(r.event))).toList(), "read the journal feed");
  }

  @Override
  public List<TicketSnapshot> query(TicketQuery query) {
    return read(m -> m.query(new QueryParams(query)).stream().map(codec::snapshot).toList(), "query tickets");
  }

  @Override
  public List<TicketId> dueTickets(Instant now, int limit) {
    return read(m -> m.dueTimerTickets(Long.MIN_VALUE, TicketRow.nanos(now), limit).stream().distinct()
        .map(TicketId::parse).toList(), "read due tickets");
  }

  /** The counter a batch could not move without passing its ceiling, or {@code null}. */
  private static String passedCeiling(List<BatchResult> results) {
    for (BatchResult result : results) {
      if (result.getSql().contains("counter_value + ?") && result.getSql().contains("<=")) {
        int[] counts = result.getUpdateCounts();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 0) {
            return String.valueOf(((Map<?, ?>) result.getParameterObjects().get(i)).get("name"));
          }
        }
      }
    }
    return null;
  }

  /** Makes the rows of counters a commit moves, at 0, once per name and process. */
  private void ensureCounters(List<String> names) {
    List<String> missing = names.stream().filter(n -> !knownCounters.contains(n)).toList();
    if (missing.isEmpty()) {
      return;
    }
    List<String> present = read(m -> m.counters(missing).stream().map(r -> r.name).toList(), "read counters");
    for (String name : missing) {
      if (!present.contains(name)) {
        try (SqlSession session = sessions.open()) {
          session.getMapper(TicketMapper.class).insertCounter(name);
          session.commit();
        } catch (PersistenceException e) {
          if (!isConstraintViolation(e)) { // another node made it first: as good
            throw failure("make counter " + name, e);
          }
        }
      }
      knownCounters.add(name);
    }
  }

  @Override
  public Map<String, Long> counters(Collection<String> names) {
    Map<String, Long> out = new HashMap<>();
    names.forEach(n -> out.put(n, 0L));
    if (!names.isEmpty()) {
      read(m -> m.counters(List.copyOf(names)), "read counters").forEach(r -> out.put(r.name, r.counterValue));
    }
    return out;
  }

  @Override
  public void resetCounters(Map<String, Long> values) {
    ensureCounters(List.copyOf(values.keySet()));
    try (SqlSession session = sessions.batch()) {
      TicketMapper m = session.getMapper(TicketMapper.class);
      values.forEach(m::setCounter);
      session.flushStatements();
      session.commit();
    } catch (PersistenceException e) {
      throw failure("reset counters", e);
    }
  }

  @Override
  public List<Timer> timers(TicketId id) {
    return read(m -> m.timers(id.toString()).stream().map(TimerRow::timer).toList(), "read timers");
  }

  /**
   * Picks the tickets with due timers, locks them with {@code SELECT ... FOR UPDATE SKIP LOCKED}
   * in one transaction (so each is handled by one node), reads their due timers again under the
   * lock, and writes the handler's commits in that transaction. A ticket another node handled in
   * between has no due timer left and is passed over. A node that dies holding claims releases
   * them with its connection; a failure rolls the batch back and the timers come again in the
   * next sweep.
   */
  @Override
  public int processDue(Instant now, int limit, DueHandler handler) {
    List<TicketCommit> written = new ArrayList<>();
    try {
      sweep(now, null, limit, handler, written);
    } catch (BatchFailed failed) {
      // one ticket's commit failed the batch, and the batch wrote nothing: each again on its own, so that
      // ticket alone waits (its timers stay due for the next sweep) and the others fire now
      LOG.warn("A sweep of {} tickets failed ({}); each is tried on its own", failed.picked.size(),
          kindOf(failed.getCause()));
      for (String id : failed.picked) {
        try {
          sweep(now, List.of(id), 1, handler, written);
        } catch (BatchFailed alone) {
          LOG.warn("Ticket {} failed its sweep ({}); its timers stay due for the next sweep", id,
              kindOf(alone.getCause()));
        }
      }
    }
    written.forEach(handler::written); // once committed, and with no connection held
    return written.size();
  }

  /**
   * One sweep transaction: picks the due tickets (or takes those given), locks them, asks the
   * handler and writes every commit table by table, in one round trip per table.
   *
   * @param only the tickets to sweep, or {@code null} for the first due ones
   * @param written where the commits written go, once committed
   * @throws BatchFailed when the database refused the writes (nothing was written)
   */
  private void sweep(Instant now, List<String> only, int limit, DueHandler handler, List<TicketCommit> written) {
    List<String> picked = List.of();
    try (SqlSession session = sessions.batch()) {
      TicketMapper m = session.getMapper(TicketMapper.class);
      long at = TicketRow.nanos(now);
      picked = only != null ? only : (pickThenLock ? m.dueTimerTickets(Long.MIN_VALUE, at, limit)
          : m.claimDueTimerTickets(Long.MIN_VALUE, at, limit)).stream().distinct().toList();
      if (picked.isEmpty()) {
        return;
      }
      List<TicketSnapshot> locked = m.lockTickets(picked).stream().map(codec::snapshot).toList();
      Map<String, List<Timer>> due = new HashMap<>();
      if (!locked.isEmpty()) {
        for (TimerRow row : m.timersOf(locked.stream().map(t -> t.id().toString()).toList())) {
          if (row.dueAt <= at) {
            due.computeIfAbsent(row.ticketId, k -> new ArrayList<>()).add(row.timer());
          }
        }
        due.values().forEach(timers -> timers.sort(Comparator.comparing(Timer::dueAt).thenComparing(Timer::kind)));
      }
      List<TicketCommit> commits = new ArrayList<>();
      Map<String, Set<String>> timersTheyHave = new HashMap<>();
      for (TicketSnapshot ticket : locked) {
        List<Timer> timers = due.get(ticket.id().toString());
        Optional<TicketCommit> commit = timers == null ? Optional.empty() : handler.handle(ticket, timers);
        if (commit.isPresent()) {
          ensureCounters(commit.get().counters().stream().map(CounterChange::name).toList());
          commits.add(commit.get());
          timersTheyHave.put(ticket.id().toString(), timers.stream().map(Timer::kind).collect(Collectors.toSet()));
        }
      }
      queue(m, commits, timersTheyHave); // table by table: a round trip per table, not per ticket
      // the claimed rows are ours until commit: every update must have matched its version
      if (matchedNoVersion(session.flushStatements())) {
        session.rollback();
        throw new BatchFailed(picked, new DeskException(ErrorCode.INTERNAL,
            "a commit of the sweep was not made on the version it read"));
      }
      session.commit();
      written.addAll(commits);
    } catch (PersistenceException e) {
      if (isRolledBackByTheDatabase(e)) {
        LOG.debug("Sweep rolled back by the database ({}); its timers come again in the next sweep", rootMessage(e));
        return;
      }
      if (isConstraintViolation(e)) { // a commit took a key already taken: a ticket's own fault
        throw new BatchFailed(picked, e);
      }
      throw failure("sweep due tickets", e);
    }
  }

  /** A sweep transaction the database refused; nothing of it was written. */
  private static final class BatchFailed extends RuntimeException {
    final List<String> picked;

    BatchFailed(List<String> picked, Throwable cause) {
      super(cause);
      this.picked = picked;
    }
  }

  /**
   * Gives an embedded H2 file back the space of the pages its commits rewrote: with desk's durable
   * commits H2 reclaims none, and a busy file grows to several times the data it holds (see the
   * README). The live data is copied into a new file that replaces the old with an atomic rename,
   * so a process killed meanwhile loses nothing. New transactions wait while it runs and the ones
   * in flight finish first; call it when the desk is quiet, from the host's scheduler (nightly, or
   * when the file has grown). Other databases reclaim space themselves (PostgreSQL's autovacuum,
   * InnoDB's purge), and for them this does nothing.
   *
   * @return the file's size before and after, or empty when this store is not an embedded H2 file
   *     reached through a URL (a host's own DataSource is the host's to pause)
   * @throws DeskException {@code STORAGE_FAILURE} when the file could not be compacted (it
   *     stayed open, for example); the file is as it was
   */
  public Optional<Compacted> compact() {
    if (ownPool == null) {
      return Optional.empty();
    }
    try {
      long[] sizes = H2Compaction.run(ownPool, Duration.ofSeconds(30));
      if (sizes == null) {
        return Optional.empty();
      }
      LOG.info("Compacted the H2 file of {} from {} to {} bytes", where, sizes[0], sizes[1]);
      return Optional.of(new Compacted(sizes[0], sizes[1]));
    } catch (SQLException | IOException | RuntimeException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "Cannot compact " + where + ": " + rootMessage(e), e);
    }
  }

  /**
   * An embedded file's size before and after {@link #compact()}.
   *
   * @param bytesBefore its size before, in bytes
   * @param bytesAfter its size after, in bytes
   */
  public record Compacted(long bytesBefore, long bytesAfter) {}

  @Override
  public void close() {
    if (ownPool != null) {
      ownPool.close();
    }
  }

  @Override
  public List<OutboxEntry> claim(Instant now, Duration lease, int limit) {
    try (SqlSession session = sessions.open()) {
      TicketMapper m = session.getMapper(TicketMapper.class);
      List<OutboxEntry> claimed = new ArrayList<>();
      long at = TicketRow.nanos(now);
      List<OutboxRow> rows = pickThenLock ? lockAll(m.claimableOutbox(at, limit), keys -> m.lockOutbox(keys, at))
          : m.claimOutbox(at, limit);
      for (OutboxRow row : rows) {
        m.lease(row.entryKey, TicketRow.nanos(now.plus(lease)));
        claimed.add(row.entry(codec));
      }
      session.commit();
      return claimed;
    } catch (PersistenceException e) {
      if (isRolledBackByTheDatabase(e)) {
        return List.of(); // a deadlock victim claims nothing this round
      }
      throw failure("claim notifications", e);
    }
  }

  /** Locks the picked rows, if any were picked (an empty {@code IN} list is not SQL). */
  private static <T> List<T> lockAll(List<String> picked, Function<List<String>, List<T>> lock) {
    return picked.isEmpty() ? List.of() : lock.apply(picked);
  }

  @Override
  public void delivered(String key, Instant at) {
    write(m -> m.delivered(key, TicketRow.nanos(at)), "record a delivery");
  }

  @Override
  public void delivered(List<String> keys, Instant at) {
    try {
      retriedWhenRolledBack(() -> {
        try (SqlSession session = sessions.batch()) {
          TicketMapper m = session.getMapper(TicketMapper.class);
          keys.forEach(key -> m.delivered(key, TicketRow.nanos(at)));
          session.flushStatements();
          session.commit();
          return null;
        }
      });
    } catch (PersistenceException e) {
      throw failure("record deliveries", e);
    }
  }

  @Override
  public void failed(String key, int attempts, Instant nextAttemptAt, String error) {
    write(m -> m.failed(key, nextAttemptAt == null ? "DEAD" : "PENDING", attempts,
        nextAttemptAt == null ? null : TicketRow.nanos(nextAttemptAt), error), "record a failed delivery");
  }

  @Override
  public Optional<OutboxEntry> outboxEntry(String key) {
    return read(m -> Optional.ofNullable(m.outboxEntry(key)).map(r -> r.entry(codec)), "read a notification");
  }

  @Override
  public List<OutboxEntry> deadLetters(int limit) {
    return read(m -> m.deadLetters(limit).stream().map(r -> r.entry(codec)).toList(), "read dead letters");
  }

  @Override
  public boolean requeue(String key, Instant at) {
    return write(m -> m.requeue(key, TicketRow.nanos(at)), "re-queue a notification") > 0;
  }

  /** One small transaction; written again when the database picked it as a deadlock's victim. */
  private int write(Function<TicketMapper, Integer> update, String what) {
    try {
      return retriedWhenRolledBack(() -> {
        try (SqlSession session = sessions.open()) {
          int count = update.apply(session.getMapper(TicketMapper.class));
          session.commit();
          return count;
        }
      });
    } catch (PersistenceException e) {
      throw failure(what, e);
    }
  }

  @Override
  public Optional<TicketId> ticketOfMessage(String channel, String messageId) {
    return read(m -> Optional.ofNullable(m.ticketOfMessage(channel, messageId)).map(TicketId::parse),
        "read the inbound log");
  }

  @Override
  public AttachmentRef put(String fileName, String mediaType, byte[] content, FileOrigin origin) {
    AttachmentStore.requireStorable(fileName, mediaType, origin);
    AttachmentRef ref = new AttachmentRef(UUID.randomUUID().toString(), fileName, mediaType, content.length);
    write(m -> {
      m.insertAttachment(ref.id(), fileName, mediaType, content.length, content, origin.storedBy(),
          origin.ticket().map(TicketId::toString).orElse(null));
      return 1;
    }, "store attachment " + fileName);
    return ref;
  }

  @Override
  public void remove(String id) {
    write(m -> m.deleteAttachment(id), "remove an attachment no ticket took");
  }

  @Override
  public Optional<AttachmentRef> describe(String id) {
    return read(m -> Optional.ofNullable(m.attachment(id)).map(AttachmentRow::ref), "read an attachment");
  }

  @Override
  public Optional<FileOrigin> origin(String id) {
    return read(m -> Optional.ofNullable(m.attachment(id)).flatMap(AttachmentRow::origin), "read an attachment");
  }

  @Override
  public Optional<byte[]> content(String id) {
    return read(m -> Optional.ofNullable(m.attachmentWithContent(id)).map(r -> r.content), "read an attachment");
  }

  @Override
  public Optional<StoredDocument> load(String name) {
    return read(m -> Optional.ofNullable(m.document(name)).map(DocumentRow::document), "read document " + name);
  }

  @Override
  public StoredDocument save(String name, String content, long expectedVersion, Instant savedAt) {
    StoredDocument next = new StoredDocument(name, expectedVersion + 1, content, savedAt);
    try (SqlSession session = sessions.open()) {
      TicketMapper m = session.getMapper(TicketMapper.class);
      if (expectedVersion == 0) {
        m.insertDocument(new DocumentRow(next));
      } else if (m.updateDocument(new DocumentRow(next), expectedVersion) == 0) {
        session.rollback();
        throw new StaleVersionException("document " + name, expectedVersion, -1);
      }
      session.commit();
      return next;
    } catch (PersistenceException e) {
      if (isConstraintViolation(e)) {
        throw new StaleVersionException("document " + name, expectedVersion, -1); // saved by another meanwhile
      }
      throw failure("save document " + name, e);
    }
  }

  @Override
  public String toString() {
    return "JdbcTicketStore[" + where + "]";
  }

  private <T> T read(Function<TicketMapper, T> query, String what) {
    try (SqlSession session = sessions.reading()) {
      return query.apply(session.getMapper(TicketMapper.class));
    } catch (PersistenceException e) {
      throw failure(what, e);
    }
  }

  private DeskException failure(String what, Exception e) {
    return new DeskException(ErrorCode.STORAGE_FAILURE, "Cannot " + what + " on " + where + ": " + rootMessage(e), e);
  }

  static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /** SQLState class 40: the database rolled the transaction back (deadlock, serialization failure). */
  private static boolean isRolledBackByTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }

  /** What kind of failure it was, without the database's message (which may quote the values refused). */
  private static String kindOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root instanceof SQLException sql ? "SQL state " + sql.getSQLState() : root.getClass().getSimpleName();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** A JDBC URL without its password, for messages and logs. */
  static String redact(String url) {
    return url == null ? "a DataSource" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private boolean migrate = true;
    private int poolSize = 10;
    private int numberBlock = 16;
    private String schema;
    private boolean syncEachCommit;

    private Builder() {}

    /**
     * On an embedded H2 file, whether a commit returns only once it is on the disk (fsync), so an
     * acknowledged ticket survives a power loss and not only a killed process; {@code false} by
     * default (every commit still reaches the file before it returns). One fsync per commit costs
     * most of the registrations per second (the README gives the figures). PostgreSQL and MariaDB
     * follow their own settings ({@code synchronous_commit}, {@code innodb_flush_log_at_trx_commit});
     * this changes nothing there.
     */
    public Builder syncEachCommit(boolean value) {
      syncEachCommit = value;
      return this;
    }

    /**
     * Keeps desk's tables in a schema of their own inside the host's database (a database of its
     * own on MariaDB): made if missing, and the host's tables, in other schemas, are never read or
     * touched. By default desk uses the connection's current schema, which must then hold no other
     * tables.
     *
     * @param value a lower-case name of letters, digits and underscores, at most 63 characters
     */
    public Builder schema(String value) {
      if (value == null || !value.matches("[a-z_][a-z0-9_]{0,62}")) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "a desk schema name is lower-case letters, digits and"
            + " underscores, starting with a letter, at most 63 characters: " + value);
      }
      schema = value;
      return this;
    }

    /**
     * How many ticket numbers one database round trip reserves; 16 by default. 1 hands numbers
     * out strictly in registration order across processes, at one extra transaction per ticket.
     */
    public Builder numberBlock(int value) {
      if (value < 1 || value > 10_000) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "number block must be 1 to 10000, not " + value);
      }
      numberBlock = value;
      return this;
    }

    /** The JDBC URL ({@code jdbc:h2:file:...}, {@code jdbc:postgresql://...}, {@code jdbc:mariadb://...}). */
    public Builder url(String value) {
      url = value;
      return this;
    }

    /** The user, when not in the URL. */
    public Builder user(String value) {
      user = value;
      return this;
    }

    /** The password, when not in the URL; never logged. */
    public Builder password(String value) {
      password = value;
      return this;
    }

    /** A data source the host manages (instead of a URL); desk does not close it. */
    public Builder dataSource(DataSource value) {
      dataSource = value;
      return this;
    }

    /** Apply the schema migrations at start ({@code true}, the default) or only check the schema is current. */
    public Builder migrate(boolean value) {
      migrate = value;
      return this;
    }

    /** The largest number of connections of the pool made from a URL; 10 by default. */
    public Builder poolSize(int value) {
      if (value < 1) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "pool size must be at least 1, not " + value);
      }
      poolSize = value;
      return this;
    }

    /**
     * The store, connected and with its schema migrated (or checked).
     *
     * @throws DeskException {@code CONFIGURATION_INVALID} for missing settings, a database that
     *     cannot be reached (named without its password) or a schema this code does not know
     */
    public JdbcTicketStore build() {
      if ((url == null) == (dataSource == null)) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "give either a JDBC URL or a DataSource");
      }
      String where = redact(url);
      HikariDataSource pool = null;
      DataSource ds = dataSource;
      if (url != null) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(tuned(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("desk");
        config.setInitializationFailTimeout(5_000);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED"); // set once per connection, not per transaction
        config.setAllowPoolSuspension(embeddedH2(url)); // compact() pauses the pool while it rewrites the file
        try {
          pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
          throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot connect to " + where + ": " + rootMessage(e), e);
        }
        ds = pool;
      }
      String dialect;
      try {
        dialect = dialect(ds, where);
        if (schema != null) {
          createSchema(ds, where, dialect);
          ds = new SchemaDataSource(ds, schema, dialect.equals("mariadb"));
        }
        schema(ds, where, dialect);
      } catch (RuntimeException e) {
        if (pool != null) {
          pool.close();
        }
        throw e;
      }
      return new JdbcTicketStore(ds, pool, where, dialect, numberBlock, syncEachCommit);
    }

    /**
     * A URL with desk's settings where it does not set its own. An embedded H2 file gets each commit
     * written before it returns ({@code WRITE_DELAY=0}, on every opening: set once by SQL it was lost
     * when H2 closed and reopened the file in the same process, and with it the commits that
     * followed, as the crash test found), 2 KB pages (every commit writes the pages it changed,
     * whole, and a registration, a dozen index entries, then writes less) and no compaction when
     * it closes ({@code MAX_COMPACT_TIME=0}: H2 then moves live pages within the file, and a process
     * killed meanwhile lost acknowledged commits in desk's crash test; {@link
     * JdbcTicketStore#compact()} compacts safely). PostgreSQL gets {@code reWriteBatchedInserts}: a
     * commit's rows of one table go as one multi-row insert instead of one execution per row. Other
     * URLs are left as they are.
     */
    static String tuned(String url) {
      String upper = url.toUpperCase(Locale.ROOT);
      if (embeddedH2(url)) {
        return url + (upper.contains(";PAGE_SIZE=") ? "" : ";PAGE_SIZE=2048")
            + (upper.contains(";MAX_COMPACT_TIME=") ? "" : ";MAX_COMPACT_TIME=0")
            + (upper.contains(";WRITE_DELAY=") ? "" : ";WRITE_DELAY=0");
      }
      if (url.startsWith("jdbc:postgresql:") && !upper.contains("REWRITEBATCHEDINSERTS=")) {
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
      }
      return url;
    }

    private static boolean embeddedH2(String url) {
      return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
          && !url.startsWith("jdbc:h2:mem:");
    }

    private void schema(DataSource ds, String where, String dialect) {
      if (dialect.equals("h2")) {
        durableCommits(ds, where);
      }
      Migrations.apply(ds, where, dialect, migrate);
    }

    /** Makes desk's own schema (a database on MariaDB) if it is missing; the name was checked by {@link #schema}. */
    private void createSchema(DataSource ds, String where, String dialect) {
      String sql = dialect.equals("mariadb")
          ? "CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
          : "CREATE SCHEMA IF NOT EXISTS " + (dialect.equals("h2") ? '"' + schema + '"' : schema);
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute(sql); // an identifier checked against [a-z_][a-z0-9_]*, not input text
      } catch (SQLException e) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot create the desk schema " + schema + " on "
            + where + ": " + e.getMessage() + ". Create it yourself, or grant the right to create schemas", e);
      }
    }

    /**
     * H2 flushes commits in the background (WRITE_DELAY, 500 ms by default), so a killed process
     * loses acknowledged tickets. desk needs a commit to reach the file before it returns.
     */
    private static void durableCommits(DataSource ds, String where) {
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("SET WRITE_DELAY 0");
      } catch (SQLException e) {
        LOG.warn("Cannot set WRITE_DELAY 0 on {} ({}): commits of the last half second may be lost in a crash",
            where, e.getMessage());
      }
    }

    private static String dialect(DataSource ds, String where) {
      try (Connection c = ds.getConnection()) {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
          return "h2";
        } else if (product.contains("postgres")) {
          return "postgresql";
        } else if (product.contains("mariadb") || product.contains("mysql")) {
          return "mariadb";
        }
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "desk-jdbc supports H2, PostgreSQL and MariaDB, not "
            + product);
      } catch (SQLException e) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot connect to " + where + ": " + e.getMessage(), e);
      }
    }
  }
}
