package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.Resolve;
import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.knowledge.ArticleDraft;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.SuggestionsDeclined;
import dev.desk.core.knowledge.SuggestionsSent;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.Timer;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A feature written here, in the tests alone (its own kind of event, its own timer, its own
 * reaction), works on all four stores without a line of store code: two days after a ticket is
 * resolved the desk calls the requester back to ask whether it helped, unless it was reopened.
 */
final class FeatureOnEveryStoreTest {

  /** The follow-up call fell due. */
  @Kind("followup.call-due")
  record CallDue(String number, Instant resolvedAt) implements TicketChange.Extension {}

  /** Schedules the call when a ticket is resolved, cancels it on a reopen, journals it when due. */
  static final class FollowUpFeature implements Feature {
    static final String TIMER = "followup.call";

    @Override
    public String name() {
      return "followup";
    }

    @Override
    public List<Class<? extends TicketChange.Extension>> kinds() {
      return List.of(CallDue.class);
    }

    @Override
    public void react(Round round, Reactions out) {
      if (round.has(TicketChange.Resolved.class)) {
        out.timer(TIMER, round.now().plus(Duration.ofDays(2)));
      } else if (round.has(TicketChange.Reopened.class)) {
        out.timer(TIMER, null);
      }
    }

    @Override
    public List<TicketChange> due(TicketSnapshot ticket, List<Timer> due, Instant now) {
      return due.stream().filter(t -> t.kind().equals(TIMER))
          .map(t -> (TicketChange) new CallDue(ticket.number(), ticket.resolvedAt())).toList();
    }
  }

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private Desk desk(TicketStore store) {
    return Desk.builder().clock(clock).store(store).directory(Fixtures.directory()).feature(new FollowUpFeature())
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void aFeatureOfTheTestsKeepsItsKindsAndTimersOnEveryStore(String kind) {
    try (EveryStore databases = new EveryStore(kind)) {
      Supplier<TicketStore> stores = databases::open;
      TicketStore store = stores.get();
      Desk desk = desk(store);
      TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
      t = desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Сертификат ЭП переустановлен"));
      Instant resolvedAt = clock.instant();
      assertEquals(List.of(new Timer(FollowUpFeature.TIMER, resolvedAt.plus(Duration.ofDays(2)))), store.timers(t.id()));

      clock.advance(Duration.ofDays(2).minusSeconds(1));
      assertEquals(0, desk.runDueTimers(), "not yet due");
      clock.advance(Duration.ofSeconds(1));
      assertEquals(1, desk.runDueTimers());
      assertEquals(0, desk.runDueTimers(), "a timer fires once");
      assertEquals(List.of(), store.timers(t.id()));

      TicketStore reopened = kind.equals("memory") ? store : stores.get(); // a new process reads it typed
      List<JournalEvent> journal = desk(reopened).journal(Fixtures.SUPERVISOR, t.id());
      JournalEvent last = journal.get(journal.size() - 1);
      assertEquals(new CallDue(t.number(), resolvedAt), last.change());
      assertEquals("followup.call-due", last.kind());

      // resolved again and reopened before the call: no call
      TicketSnapshot u = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
      u = desk.execute(Fixtures.EMR_AGENT, new Assign(u.id(), u.version(), "emr-l1", null, "petrov", null));
      u = desk.execute(Fixtures.EMR_AGENT, new Resolve(u.id(), u.version(), "Перезапущена служба"));
      u = desk.execute(Fixtures.HOSPITAL_REQUESTER, new Reopen(u.id(), u.version(), "Снова не открывается"));
      assertEquals(List.of(), store.timers(u.id()));
      clock.advance(Duration.ofDays(3));
      desk.runDueTimers();
      TicketSnapshot v = u;
      assertTrue(desk.journal(Fixtures.SUPERVISOR, u.id()).stream().noneMatch(e -> e.change() instanceof CallDue),
          () -> "no call for " + v.number());
      if (reopened != store) {
        reopened.close();
      }
      store.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void theKnowledgeFeaturesKindsComeBackTypedFromEveryStore(String kind) {
    try (EveryStore databases = new EveryStore(kind)) {
      TicketStore store = databases.open();
      KnowledgeBase kb = KnowledgeBase.builder(new InMemoryKnowledgeStore(), Fixtures.directory()).clock(clock).build();
      kb.create(Fixtures.EMR_AGENT, "print", ArticleDraft.of("Принтер не печатает", "Очистите очередь печати.",
          Fixtures.EMR.id(), "ru"), "первая редакция");
      kb.publish(Fixtures.SUPERVISOR, "print", 1, "проверено");
      Desk desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory()).knowledge(kb).build();
      TicketSnapshot mailed = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().subject("Не печатает принтер")
          .build(), new TicketChange.MessageReceived("mail", "<m1@gkb1.example>", "ivanova@gkb1.example", List.of()));
      String session = kb.offer(Fixtures.HOSPITAL_REQUESTER, "принтер не печатает", null, null, 3).sessionId();
      TicketSnapshot typed = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
          .afterSuggestions(session).build());

      TicketStore reopened = kind.equals("memory") ? store : databases.open(); // a new process reads it typed
      Desk reader = Desk.builder().clock(clock).store(reopened).directory(Fixtures.directory()).knowledge(kb).build();
      assertEquals(List.of(new SuggestionsSent.Article("print", 2, "Принтер не печатает")),
          reader.journal(Fixtures.SUPERVISOR, mailed.id()).stream().map(JournalEvent::change)
              .filter(SuggestionsSent.class::isInstance).map(c -> ((SuggestionsSent) c).articles()).findFirst()
              .orElseThrow());
      assertTrue(reader.journal(Fixtures.SUPERVISOR, typed.id()).stream()
          .anyMatch(e -> e.change().equals(new SuggestionsDeclined(session))));
      if (reopened != store) {
        reopened.close();
      }
      store.close();
    }
  }
}
