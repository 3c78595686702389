package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.DocumentStore;
import dev.desk.spi.storage.InboundKey;
import dev.desk.spi.storage.InboundLog;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.OutboxStore;
import dev.desk.spi.storage.TicketCommit;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage compatibility suite: what every {@link TicketStore} must do, written against the
 * SPI alone. A store's authors extend it and say how to make a fresh, empty store; the suite
 * closes it after each test.
 *
 * <pre>{@code
 * final class MyStoreTest extends TicketStoreContract {
 *   protected TicketStore newStore() { return MyStore.connect(freshSchema()); }
 * }
 * }</pre>
 */
public abstract class TicketStoreContract {

  /** A new, empty store; each test gets its own. */
  protected abstract TicketStore newStore();

  private TicketStore store;
  private FakeClock clock;
  private Desk desk;

  @BeforeEach
  void openStore() {
    store = newStore();
    clock = FakeClock.at("2026-03-02T08:30:00.123456789+03:00");
    desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).build();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private TicketSnapshot register(RegisterTicket command) {
    clock.advance(Duration.ofSeconds(1));
    return desk.register(Fixtures.SYSTEM, command);
  }

  @Test
  void aCommittedTicketReadsBackExactly() {
    TicketSnapshot t = register(Fixtures.hospitalTicket().stepsToReproduce("1. открыть карту\n2. ошибка").build());

    assertEquals(t, store.find(t.id()).orElseThrow());
    assertEquals(t, store.findByNumber(t.number()).orElseThrow());
    List<JournalEvent> journal = store.journal(t.id());
    assertEquals(t.version(), journal.size());
    assertEquals(t, TicketFold.replay(journal), "the stored journal replays to the stored snapshot, nanoseconds included");
  }

  @Test
  void everyChangeKindSurvivesTheRoundTrip() {
    qt().withExamples(40).forAll(Generators.registrations(), lists().of(Generators.steps(Lifecycles.standard())).ofSizeBetween(1, 25))
        .checkAssert((registration, steps) -> {
          TicketSnapshot t = register(registration);
          for (CommandStep step : steps) {
            clock.advance(Duration.ofMinutes(13));
            desk.runDueTimers();
            try {
              CommandStep.Attempt attempt = step.against(store.find(t.id()).orElseThrow());
              desk.execute(attempt.actor(), attempt.command());
            } catch (DeskException refused) {
              // refusals are the lifecycle's business; the store must only keep what was accepted
            }
          }
          TicketSnapshot stored = store.find(t.id()).orElseThrow();
          assertEquals(stored, TicketFold.replay(store.journal(t.id())));
        });
  }

  @Test
  void aStaleCommitWritesNothing() {
    TicketSnapshot t = register(Fixtures.hospitalTicket().build());
    JournalEvent comment = event(t, 1, new TicketChange.Commented("first", false));
    store.commit(new TicketCommit(TicketFold.apply(t, comment), t.version(), List.of(comment)));

    JournalEvent late = event(t, 1, new TicketChange.Commented("second, from a stale screen", false));
    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> store.commit(new TicketCommit(TicketFold.apply(t, late), t.version(), List.of(late))));

    assertEquals(t.version() + 1, store.find(t.id()).orElseThrow().version());
    assertEquals(List.of("first"), comments(t.id()));
    assertTrue(e.getMessage().contains(t.number()) || e.getMessage().contains(t.id().toString()), e.getMessage());
  }

  @Test
  void anIdOrANumberIsTakenOnce() {
    TicketSnapshot t = register(Fixtures.hospitalTicket().build());
    JournalEvent first = store.journal(t.id()).get(0);
    TicketSnapshot sameNumber = t.toBuilder().id(TicketId.random()).version(1).clocks(List.of()).nextDueAt(null).build();
    JournalEvent copy = new JournalEvent(sameNumber.id(), 1, first.occurredAt(), first.actorId(), first.actorRole(), null,
        first.change());

    assertThrows(StaleVersionException.class, () -> store.commit(new TicketCommit(sameNumber, 0, List.of(copy))));
    assertTrue(store.find(sameNumber.id()).isEmpty(), "nothing of the refused ticket is stored");
    assertTrue(store.journal(sameNumber.id()).isEmpty());
    TicketSnapshot sameId = t.toBuilder().number("OTHER-1").version(1).clocks(List.of()).nextDueAt(null).build();
    assertThrows(StaleVersionException.class, () -> store.commit(new TicketCommit(sameId,
        0, List.of(new JournalEvent(t.id(), 1, first.occurredAt(), "x", ActorRole.SYSTEM, null, first.change())))));
    assertTrue(store.findByNumber("OTHER-1").isEmpty());
  }

  /**
   * Commits from many threads at once, where a store may write several in one transaction: each
   * good commit is written once, and each stale one fails on its own thread without taking the
   * others of its transaction down with it.
   */
  @Test
  void commitsFromManyThreadsAtOnceSucceedOrFailEachOnItsOwn() throws InterruptedException {
    int threads = 8;
    int rounds = 15;
    List<TicketSnapshot> own = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      own.add(register(Fixtures.hospitalTicket().build()));
    }
    TicketSnapshot shared = register(Fixtures.hospitalTicket().build());
    JournalEvent taken = event(shared, 1, new TicketChange.Commented("the one that won", false));
    store.commit(new TicketCommit(TicketFold.apply(shared, taken), shared.version(), List.of(taken)));
    ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> running = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      TicketSnapshot mine = own.get(i);
      int thread = i;
      Thread t = new Thread(() -> {
        try {
          start.await();
          TicketSnapshot at = mine;
          for (int n = 0; n < rounds; n++) {
            JournalEvent good = event(at, 1, new TicketChange.Commented(thread + "/" + n, false));
            TicketSnapshot next = TicketFold.apply(at, good);
            store.commit(new TicketCommit(next, at.version(), List.of(good)));
            at = next;
            JournalEvent late = event(shared, 1, new TicketChange.Commented("stale " + thread + "/" + n, false));
            try {
              store.commit(new TicketCommit(TicketFold.apply(shared, late), shared.version(), List.of(late)));
              unexpected.add("a stale commit was written: " + thread + "/" + n);
            } catch (StaleVersionException expected) {
              // its own failure
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          unexpected.add(thread + ": " + e);
        }
      });
      t.start();
      running.add(t);
    }
    start.countDown();
    for (Thread t : running) {
      t.join();
    }
    assertEquals(List.of(), List.copyOf(unexpected));
    for (int i = 0; i < threads; i++) {
      int thread = i;
      assertEquals(IntStream.range(0, rounds).mapToObj(n -> thread + "/" + n).toList(),
          comments(own.get(i).id()), "each of the thread's commits once, in order");
      assertEquals(own.get(i).version() + rounds, store.find(own.get(i).id()).orElseThrow().version());
    }
    assertEquals(List.of("the one that won"), comments(shared.id()));
  }

  @Test
  void textIsStoredVerbatimNeverExecuted() {
    String injection = "'); DROP TABLE desk_ticket; -- \\\" \u0000? ${x} #{y} <script> 🚑 Ёлка\u0301";
    TicketSnapshot t = register(Fixtures.hospitalTicket().subject(injection.replace("\u0000", ""))
        .description(injection.replace("\u0000", "") + " Robert'); DROP TABLE students;--").build());

    assertEquals(t, store.find(t.id()).orElseThrow());
    assertEquals(t, store.findByNumber(t.number()).orElseThrow());
    assertEquals(List.of(), store.query(TicketQuery.all().withOrganisation("x' OR '1'='1")));
    assertEquals(List.of(), store.query(TicketQuery.all().withStatuses(Set.of("NEW' OR 1=1 --"))));
    assertTrue(store.findByNumber("' OR 1=1 --").isEmpty());
  }

  @Test
  void seriesCountUpFromOneWithoutRepeatsAcrossThreads() throws InterruptedException {
    assertEquals(1, store.nextInSeries("VLG-2026-"));
    assertEquals(2, store.nextInSeries("VLG-2026-"));
    assertEquals(1, store.nextInSeries("VLG-2027-"));
    ConcurrentLinkedQueue<Long> values = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
          for (int n = 0; n < 25; n++) {
            values.add(store.nextInSeries("race"));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(200, values.size());
    assertEquals(200, new HashSet<>(values).size(), "a value was handed out twice");
  }

  @Test
  void queriesFilterOrderAndPage() {
    TicketSnapshot a = register(Fixtures.hospitalTicket().build());
    TicketSnapshot b = register(RegisterTicket.builder().organisation(Fixtures.BOILER_HOUSE.id(), Fixtures.BOILER_HOUSE.supportCode())
        .requester("Сидоров").category("heating").description("Нет отопления").build());
    TicketSnapshot c = register(Fixtures.hospitalTicket().build());
    desk.execute(Fixtures.EMR_AGENT, new Assign(c.id(), c.version(), "emr-l1", null, "petrov", null));

    assertEquals(List.of(a.number(), b.number(), c.number()), numbers(TicketQuery.all()));
    assertEquals(List.of(a.number(), c.number()), numbers(TicketQuery.all().withOrganisation(Fixtures.HOSPITAL.id())));
    assertEquals(List.of(c.number()), numbers(TicketQuery.all().withStatuses(Set.of("ASSIGNED"))));
    assertEquals(List.of(a.number(), b.number()), numbers(TicketQuery.all().withStatuses(Set.of("NEW", "CLOSED"))));
    assertEquals(List.of(c.number()), numbers(TicketQuery.all().withAssignee("petrov")));
    assertEquals(List.of(b.number()), numbers(TicketQuery.all().withGroups(Set.of("heat-l1", "nobody"))));
    assertEquals(List.of(a.number()), numbers(TicketQuery.all().withGroups(Set.of("emr-l1")).withUnassigned()),
        "a group's queue: its tickets nobody is assigned to");
    assertEquals(List.of(a.number(), b.number()), numbers(TicketQuery.all().withUnassigned()));
    assertEquals(List.of(b.number()), numbers(TicketQuery.all().withPage(1, 1)));
    assertEquals(List.of(), numbers(TicketQuery.all().withPage(3, 10)));
  }

  @Test
  void dueTicketsAreTheDueOnesEarliestFirst() {
    TicketSnapshot first = register(Fixtures.hospitalTicket().build());
    TicketSnapshot second = register(Fixtures.hospitalTicket().build());
    Instant firstDue = first.nextDueAt();
    assertTrue(firstDue != null && firstDue.isBefore(second.nextDueAt()));

    assertEquals(List.of(), store.dueTickets(firstDue.minusNanos(1), 10));
    assertEquals(List.of(first.id()), store.dueTickets(firstDue, 10));
    assertEquals(List.of(first.id(), second.id()), store.dueTickets(second.nextDueAt(), 10));
    assertEquals(List.of(first.id()), store.dueTickets(second.nextDueAt(), 1));
    desk.execute(Fixtures.EMR_AGENT, new Assign(first.id(), first.version(), "emr-l1", null, "petrov", null));
    assertEquals(List.of(), store.dueTickets(firstDue, 10),
        "assigning stopped the response clock: the ticket's due instant moved later");
  }

  @Test
  void unknownTicketsAreEmptyNotErrors() {
    assertTrue(store.find(TicketId.random()).isEmpty());
    assertTrue(store.findByNumber("NO-SUCH").isEmpty());
    assertEquals(List.of(), store.journal(TicketId.random()));
  }

  private List<String> numbers(TicketQuery q) {
    return store.query(q).stream().map(TicketSnapshot::number).toList();
  }

  private List<String> comments(TicketId id) {
    return store.journal(id).stream().map(JournalEvent::change)
        .filter(c -> c instanceof TicketChange.Commented).map(c -> ((TicketChange.Commented) c).text()).toList();
  }

  private JournalEvent event(TicketSnapshot t, int offset, TicketChange change) {
    return new JournalEvent(t.id(), t.version() + offset, clock.instant(), Actor.SYSTEM.id(), ActorRole.SYSTEM, null, change);
  }

  @Test
  void documentsAreKeptWholeVerbatimAndVersioned() {
    Assumptions.assumeTrue(store instanceof DocumentStore, "the store keeps no documents");
    DocumentStore documents = (DocumentStore) store;
    assertEquals(Optional.empty(), documents.load("rules"));
    String text = "rules: [] # «Заявка» '; DROP TABLE desk_document; --\n" + "x".repeat(200_000);
    Instant at = Instant.parse("2026-03-02T05:30:00.123456789Z");
    DocumentStore.StoredDocument first = documents.save("rules", text, 0, at);
    assertEquals(new DocumentStore.StoredDocument("rules", 1, text, at), first);
    assertEquals(Optional.of(first), documents.load("rules"));
    DocumentStore.StoredDocument second = documents.save("rules", "rules: []\n", 1, at.plusSeconds(1));
    assertEquals(2, second.version());
    assertThrows(StaleVersionException.class, () -> documents.save("rules", "lost", 1, at.plusSeconds(2)));
    assertThrows(StaleVersionException.class, () -> documents.save("rules", "lost", 0, at.plusSeconds(2)));
    assertEquals(Optional.of(second), documents.load("rules"), "a stale save writes nothing");
  }

  @Test
  void theServiceDirectoryIsKeptThroughTheStore() {
    Assumptions.assumeTrue(store instanceof DocumentStore, "the store keeps no documents");
    DocumentStore documents = (DocumentStore) store;
    String text = "headOfService: ivanova\ngroups:\n  - {id: emr-l1, line: L1, categories: [emr]}\n"
        + "agents:\n  - {id: petrov, groups: [emr-l1], skills: [emr]}\n";
    ServiceDirectory.save(documents, text, 0, clock.instant());
    ServiceDirectory loaded = ServiceDirectory.load(documents).orElseThrow();
    assertEquals("ivanova", loaded.headOfService());
    assertEquals(List.of("emr-l1"), loaded.agent("petrov").orElseThrow().groups());
    DeskException bad = assertThrows(DeskException.class, () -> ServiceDirectory.save(documents,
        "agents:\n  - {id: olga, groups: [nowhere]}\n", 1, clock.instant()));
    assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
    assertEquals(1, documents.load(ServiceDirectory.DOCUMENT).orElseThrow().version(), "nothing was written");
  }

  @Test
  void plannedNotificationsEnterTheOutboxWithTheirCommitAndLeasesAreExclusive() {
    Assumptions.assumeTrue(store instanceof OutboxStore, "the store keeps no outbox");
    OutboxStore outbox = (OutboxStore) store;
    Desk notifying = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .escalationRules(EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
            .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build()).build()).build();
    TicketSnapshot t = notifying.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    long sequence = notifying.journal(Fixtures.SUPERVISOR, t.id()).stream()
        .filter(e -> e.change() instanceof TicketChange.NotificationPlanned).findFirst().orElseThrow().sequence();
    String key = t.id() + ":" + String.format("%010d", sequence);
    OutboxEntry entry = outbox.outboxEntry(key).orElseThrow();
    assertEquals(OutboxEntry.State.PENDING, entry.state());
    assertEquals(t.number(), entry.ticketNumber());
    assertEquals("duty-officer", entry.notification().recipient());

    Instant now = clock.instant();
    assertEquals(List.of(key), outbox.claim(now, Duration.ofMinutes(5), 10).stream().map(OutboxEntry::key).toList());
    assertEquals(List.of(), outbox.claim(now.plusSeconds(60), Duration.ofMinutes(5), 10), "leased to the first claim");
    assertEquals(List.of(key), outbox.claim(now.plusSeconds(301), Duration.ofMinutes(5), 10).stream()
        .map(OutboxEntry::key).toList(), "a lease that ran out lets it come back");

    outbox.failed(key, 1, now.plusSeconds(900), "gateway down");
    assertEquals(List.of(), outbox.claim(now.plusSeconds(899), Duration.ofMinutes(5), 10), "it waits for its next try");
    assertEquals(1, outbox.claim(now.plusSeconds(900), Duration.ofMinutes(5), 10).size());
    outbox.failed(key, 2, null, "gateway down for good");
    assertEquals(OutboxEntry.State.DEAD, outbox.outboxEntry(key).orElseThrow().state());
    assertEquals(List.of(key), outbox.deadLetters(10).stream().map(OutboxEntry::key).toList());
    assertEquals(List.of(), outbox.claim(now.plusSeconds(5_000), Duration.ofMinutes(5), 10), "the dead are not claimed");

    assertTrue(outbox.requeue(key, now.plusSeconds(6_000)));
    OutboxEntry back = outbox.claim(now.plusSeconds(6_000), Duration.ofMinutes(5), 10).get(0);
    assertEquals(0, back.attempts());
    outbox.delivered(key, now.plusSeconds(6_001));
    OutboxEntry done = outbox.outboxEntry(key).orElseThrow();
    assertEquals(OutboxEntry.State.DELIVERED, done.state());
    assertEquals(now.plusSeconds(6_001), done.deliveredAt());
    assertEquals(false, outbox.requeue(key, now.plusSeconds(7_000)), "only the dead are re-queued");
    assertEquals(List.of(), outbox.claim(now.plusSeconds(9_000), Duration.ofMinutes(5), 10));
  }

  @Test
  void theStoreKeepsWhatTheCommitHandsItAndNeverReadsTheEvents() {
    Assumptions.assumeTrue(store instanceof OutboxStore && store instanceof InboundLog,
        "the store keeps no outbox or no inbound log");
    OutboxStore outbox = (OutboxStore) store;
    TicketSnapshot t = register(Fixtures.hospitalTicket().build());
    // a planning event handed without its entry makes no entry: the store does not read events
    TicketChange.NotificationPlanned planned = new TicketChange.NotificationPlanned("PERSON", "petrov", "petrov",
        "ASSIGNED", 0, clock.instant());
    JournalEvent plan = event(t, 1, planned);
    store.commit(new TicketCommit(TicketFold.apply(t, plan), t.version(), List.of(plan)));
    assertEquals(Optional.empty(), outbox.outboxEntry(t.id() + ":" + String.format("%010d", plan.sequence())));
    assertEquals(List.of(), outbox.claim(clock.instant(), Duration.ofMinutes(5), 10));

    // an entry and a message key handed with a plain comment are kept with it
    TicketSnapshot u = store.find(t.id()).orElseThrow();
    JournalEvent comment = event(u, 1, new TicketChange.Commented("Перезвоните, пожалуйста", false));
    OutboxEntry entry = OutboxEntry.planned(u.id(), u.number(), comment.sequence(), planned);
    store.commit(new TicketCommit(TicketFold.apply(u, comment), u.version(), List.of(comment), List.of(entry),
        List.of(new InboundKey("sms", "msg-17"))));
    assertEquals(Optional.of(entry), outbox.outboxEntry(entry.key()));
    assertEquals(Optional.of(t.id()), ((InboundLog) store).ticketOfMessage("sms", "msg-17"));

    // the same message key again fails the whole commit
    TicketSnapshot v = store.find(t.id()).orElseThrow();
    JournalEvent again = event(v, 1, new TicketChange.Commented("again", false));
    assertThrows(StaleVersionException.class, () -> store.commit(new TicketCommit(TicketFold.apply(v, again),
        v.version(), List.of(again), List.of(), List.of(new InboundKey("sms", "msg-17")))));
    assertEquals(v, store.find(t.id()).orElseThrow(), "nothing was written");
  }

  @Test
  void aTicketWhoseSweepCommitFailsHoldsBackNoOther() {
    Assumptions.assumeTrue(store instanceof InboundLog, "the store keeps no inbound log to refuse a key with");
    TicketSnapshot a = register(Fixtures.hospitalTicket().build());
    TicketSnapshot b = register(Fixtures.hospitalTicket().build());
    TicketSnapshot c = register(Fixtures.hospitalTicket().build());
    JournalEvent taking = event(a, 1, new TicketChange.Commented("the message that took the key", false));
    store.commit(new TicketCommit(TicketFold.apply(a, taking), a.version(), List.of(taking), List.of(),
        List.of(new InboundKey("sms", "taken"))));
    clock.advance(Duration.ofDays(3));
    Instant now = clock.instant();
    assertEquals(Set.of(a.id(), b.id(), c.id()), Set.copyOf(store.dueTickets(now, 10)), "all three are due");

    // b's commit takes the key a already holds: the store refuses it, and it alone
    List<TicketId> told = new ArrayList<>();
    int written = store.processDue(now, 10, new TicketStore.DueHandler() {
      @Override
      public Optional<TicketCommit> handle(TicketSnapshot ticket, List<Timer> due) {
        JournalEvent fired = event(ticket, 1, new TicketChange.Commented("timers fired", false));
        List<InboundKey> keys = ticket.id().equals(b.id()) ? List.of(new InboundKey("sms", "taken")) : List.of();
        return Optional.of(new TicketCommit(TicketFold.apply(ticket, fired), ticket.version(), List.of(fired),
            List.of(), keys, List.of(), due.stream().map(Timer::kind).toList(), List.of()));
      }

      @Override
      public void written(TicketCommit commit) {
        told.add(commit.snapshot().id());
      }
    });

    assertEquals(2, written);
    assertEquals(Set.of(a.id(), c.id()), Set.copyOf(told), "told of what was written, and only that");
    assertTrue(comments(a.id()).contains("timers fired") && comments(c.id()).contains("timers fired"));
    assertEquals(List.of(), comments(b.id()), "nothing of b's refused commit");
    assertEquals(List.of(b.id()), store.dueTickets(now, 10), "b's timers stay due for the next sweep");
  }

  /** A feature's own kind of change, as desk's features add them. */
  @Kind("tck.stamped")
  public record Stamped(String note, Instant at) implements TicketChange.Extension {}

  @Test
  void kindsTheStoreWasToldOfReadBackTypedAndUnknownKindsUnharmed() {
    store.knowKinds(List.of(Stamped.class));
    TicketSnapshot t = register(Fixtures.hospitalTicket().build());
    JournalEvent stamped = event(t, 1, new Stamped("проверка связи", clock.instant()));
    JournalEvent future = event(t, 2, new TicketChange.Unrecognised("future.kind", 3,
        "{\"a\":[1,2],\"b\":\"текст\",\"c\":{\"d\":null}}"));
    TicketSnapshot after = TicketFold.apply(TicketFold.apply(t, stamped), future);
    store.commit(new TicketCommit(after, t.version(), List.of(stamped, future)));

    List<JournalEvent> journal = store.journal(t.id());
    assertEquals(List.of(stamped, future), journal.subList(journal.size() - 2, journal.size()));
    assertEquals("tck.stamped", journal.get(journal.size() - 2).kind());
    assertEquals(after, store.find(t.id()).orElseThrow());
    assertEquals(after, TicketFold.replay(journal), "the fold keeps both in the journal alone");
  }

  @Test
  void theJournalFeedGivesEveryEventOnceInPositionOrderFromAnyPoint() {
    Assumptions.assumeTrue(store instanceof JournalFeed, "the store keeps no journal feed");
    JournalFeed feed = (JournalFeed) store;
    TicketSnapshot first = register(Fixtures.hospitalTicket().build());
    register(Fixtures.hospitalTicket().description("Не печатает принтер в регистратуре").build());
    desk.execute(Fixtures.SUPERVISOR, new AddComment(first.id(), first.version(), "Перезагрузите", false));

    List<PositionedEvent> all = feed.journalAfter(0, 1_000);
    List<JournalEvent> journals = new ArrayList<>();
    for (TicketSnapshot t : store.query(TicketQuery.all())) {
      journals.addAll(store.journal(t.id()));
    }
    assertEquals(new HashSet<>(journals), new HashSet<>(all.stream().map(PositionedEvent::event).toList()),
        "every committed event, each once");
    assertEquals(journals.size(), all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i).position() > all.get(i - 1).position(), "positions grow: " + all);
    }
    int k = all.size() / 2;
    assertEquals(all.subList(k + 1, all.size()), feed.journalAfter(all.get(k).position(), 1_000), "from any point");
    assertEquals(all.subList(0, 2), feed.journalAfter(0, 2), "at most the limit");
    assertEquals(List.of(), feed.journalAfter(all.get(all.size() - 1).position(), 10), "nothing after the last");
  }

  @Test
  void attachedFilesAreKeptWhole() {
    Assumptions.assumeTrue(store instanceof AttachmentStore, "the store keeps no attachments");
    AttachmentStoreContract.roundTrip((AttachmentStore) store);
    AttachmentStoreContract.origins((AttachmentStore) store);
  }

  @Test
  void aMessageIsTakenOnceAndFindsItsTicket() {
    Assumptions.assumeTrue(store instanceof InboundLog, "the store keeps no inbound log");
    InboundLog log = (InboundLog) store;
    TicketChange.MessageReceived via = new TicketChange.MessageReceived("email", "<m1@gkb1>", "ivanova@gkb1.example",
        List.of("photo.png: TYPE_NOT_ALLOWED"));
    TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build(), via);
    assertEquals(Optional.of(t.id()), log.ticketOfMessage("email", "<m1@gkb1>"));
    assertEquals(Optional.empty(), log.ticketOfMessage("sms", "<m1@gkb1>"), "ids are per channel");
    int before = desk.query(Fixtures.SUPERVISOR, TicketQuery.all()).size();
    assertThrows(StaleVersionException.class,
        () -> desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build(), via));
    assertEquals(before, desk.query(Fixtures.SUPERVISOR, TicketQuery.all()).size(), "the duplicate wrote nothing");
    TicketSnapshot now = desk.ticket(Fixtures.SUPERVISOR, t.id());
    assertThrows(StaleVersionException.class, () -> desk.execute(Fixtures.SYSTEM,
        new AddComment(t.id(), now.version(), "again", false), via));
    assertEquals(now, desk.ticket(Fixtures.SUPERVISOR, t.id()), "nor on a comment");
  }
}
