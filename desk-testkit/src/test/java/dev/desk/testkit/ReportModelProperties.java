package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Close;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.report.ClockOutcome;
import dev.desk.core.report.Facts;
import dev.desk.core.report.FirstResolution;
import dev.desk.core.report.Grouping;
import dev.desk.core.report.Quality;
import dev.desk.core.report.ReportAccess;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.report.SlaCompliance;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * For random days of work, the report model fed incrementally (in pages of any size, resumed from
 * its position, an event seen twice) equals a naive fold over each ticket's whole journal, and
 * equals the model rebuilt; a reader's figures never count a ticket they may not see.
 */
final class ReportModelProperties {

  private static final Comparator<ClockOutcome> ORDER = Comparator.comparing((ClockOutcome o) -> o.ticket().toString())
      .thenComparing(ClockOutcome::target).thenComparing(ClockOutcome::decidedAt);

  /** A day of random work; returns the store. */
  private static InMemoryTicketStore dayOfWork(List<Integer> steps) {
    FakeClock clock = FakeClock.at("2026-03-02T09:00:00+03:00");
    InMemoryTicketStore store = new InMemoryTicketStore();
    SlaPolicy policy = new SlaPolicy("standard", null, null, null, List.of(
        SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(30), Calendars.ALWAYS),
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(4), Calendars.ALWAYS),
        SlaTarget.of(SlaClockKind.UPDATE, Duration.ofHours(2), Calendars.ALWAYS)));
    Desk desk = Desk.builder().clock(clock).store(store).directory(Fixtures.directory())
        .slaPolicies(SlaPolicies.of(policy)).withoutClassification().build();
    List<TicketSnapshot> tickets = new ArrayList<>();
    for (int step : steps) {
      int op = step % 8;
      TicketSnapshot t = tickets.isEmpty() ? null : desk.ticket(Fixtures.SUPERVISOR,
          tickets.get((step / 8) % tickets.size()).id());
      try {
        if (op == 0 || t == null) {
          tickets.add(desk.register(Fixtures.HOSPITAL_REQUESTER, (step % 3 == 0 ? Fixtures.hospitalTicket()
              .organisation(Fixtures.BOILER_HOUSE.id(), Fixtures.BOILER_HOUSE.supportCode())
              .category(Fixtures.HEATING.id()) : Fixtures.hospitalTicket()).build()));
          continue;
        }
        boolean heat = t.category().equals(Fixtures.HEATING.id());
        Actor agent = heat ? Fixtures.HEAT_AGENT : Fixtures.EMR_AGENT;
        TicketCommand command = switch (op) {
          case 1 -> new Assign(t.id(), t.version(), heat ? "heat-l1" : "emr-l1", null, agent.id(), null);
          case 2 -> new StartWork(t.id(), t.version());
          case 3 -> new Resolve(t.id(), t.version(), "Сделано");
          case 4 -> new Reopen(t.id(), t.version(), "Снова");
          case 5 -> new Close(t.id(), t.version(), "Спасибо");
          default -> null;
        };
        if (command == null) {
          clock.advance(Duration.ofMinutes(5 + step % 120));
          desk.runDueTimers();
        } else {
          desk.execute(op == 4 || op == 5 ? Fixtures.HOSPITAL_REQUESTER : agent, command);
        }
      } catch (DeskException refused) {
        // a step the lifecycle does not allow now: the day goes on
      }
    }
    clock.advance(Duration.ofHours(6));
    desk.runDueTimers();
    return store;
  }

  /** The outcomes of one ticket's whole journal, folded the plain way. */
  private static List<ClockOutcome> naive(List<JournalEvent> journal) {
    List<ClockOutcome> out = new ArrayList<>();
    TicketChange.Registered r = (TicketChange.Registered) journal.get(0).change();
    Facts facts = new Facts(r.category(), r.urgency(), r.organisationId(), r.group(), null, r.type(),
        r.serviceContract(), null);
    Map<SlaClockKind, Object[]> running = new EnumMap<>(SlaClockKind.class); // cycle, target, breached
    for (JournalEvent e : journal) {
      TicketChange c = e.change();
      if (c instanceof TicketChange.Assigned a) {
        facts = new Facts(facts.category(), facts.urgency(), facts.organisation(), a.group(), a.assignee(),
            facts.type(), facts.serviceContract(), facts.cause());
      } else if (c instanceof TicketChange.ClockStarted s) {
        running.put(s.kind(), new Object[] {s.cycle(), s.target(), false});
      } else if (c instanceof TicketChange.ClockBreached b && running.containsKey(b.kind())
          && !(boolean) running.get(b.kind())[2]) {
        Object[] cycle = running.get(b.kind());
        cycle[2] = true;
        out.add(new ClockOutcome(e.ticketId(), r.number(), b.kind(), (int) cycle[0], e.occurredAt(), false,
            (Duration) cycle[1], facts));
      } else if (c instanceof TicketChange.ClockStopped s && running.containsKey(s.kind())) {
        Object[] cycle = running.remove(s.kind());
        if (!(boolean) cycle[2]) {
          out.add(new ClockOutcome(e.ticketId(), r.number(), s.kind(), (int) cycle[0], e.occurredAt(), s.met(),
              s.consumed(), facts));
        }
      }
    }
    return out;
  }

  @Test
  void theIncrementalModelEqualsANaiveFoldAndTheRebuiltModel() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(5, 80),
        integers().between(1, 1_000)).checkAssert((steps, seed) -> {
          InMemoryTicketStore store = dayOfWork(steps);
          SplittableRandom random = new SplittableRandom(seed);
          ReportModel model = new ReportModel(Lifecycles.standard());
          // pages of random size; a follower resumes up to five events early (those come twice)
          for (List<PositionedEvent> page = store.journalAfter(0, 1 + random.nextInt(7)); !page.isEmpty();
              page = store.journalAfter(Math.max(0, model.position() - random.nextInt(6)), 1 + random.nextInt(7))) {
            page.forEach(model::onEvent);
          }
          List<ClockOutcome> folded = new ArrayList<>();
          for (TicketSnapshot t : store.query(TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))) {
            folded.addAll(naive(store.journal(t.id())));
          }
          folded.sort(ORDER);
          List<ClockOutcome> incremental = new ArrayList<>(model.outcomes());
          incremental.sort(ORDER);
          assertEquals(folded, incremental);
          assertEquals(model.outcomes(), ReportModel.rebuilt(store, Lifecycles.standard()).outcomes());

          // first resolutions, with no reopen window: each ticket once, first line and first contact folded plainly
          long[] expected = new long[3];
          for (TicketSnapshot t : store.query(TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))) {
            boolean handedOver = false;
            boolean contacted = false;
            for (JournalEvent e : store.journal(t.id())) {
              TicketChange c = e.change();
              handedOver |= c instanceof TicketChange.LineRaised
                  || c instanceof TicketChange.Assigned a && a.line() != dev.desk.spi.ticket.SupportLine.L1;
              contacted |= c instanceof TicketChange.StatusChanged s && s.action().equals("REQUEST_INFORMATION")
                  || c instanceof TicketChange.Commented && e.actorRole() == ActorRole.REQUESTER;
              if (c instanceof TicketChange.Resolved) {
                expected[0]++;
                expected[1] += handedOver ? 0 : 1;
                expected[2] += handedOver || contacted ? 0 : 1;
                break;
              }
            }
          }
          FirstResolution.Row all = new Reports(model, ZoneId.of("Europe/Moscow"), Calendars.builtIn(Calendars.ALWAYS)
              .orElseThrow(), FakeClock.at("2026-03-20T12:00:00Z")).firstResolution(Fixtures.SUPERVISOR,
              Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z"), List.of(), 0).rows()
              .stream().findFirst().orElse(new FirstResolution.Row(List.of(), 0, 0, 0, 0));
          assertEquals(List.of(expected[0], expected[1], expected[2]), List.of(all.resolved(), all.firstLine(),
              all.firstContact()));
        });
  }

  @Test
  void aReadersFiguresCountExactlyTheOutcomesTheyMaySee() {
    // lead-emr leads emr-l1 without being of it; petrov is of emr-l1 and leads nothing
    ReportAccess access = ReportAccess.leads(Map.of("emr-l1", "lead-emr", "heat-l1", "kuznetsov"));
    qt().withExamples(40).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(5, 60),
        integers().between(0, 6)).checkAssert((steps, who) -> {
          InMemoryTicketStore store = dayOfWork(steps);
          ReportModel model = ReportModel.rebuilt(store, Lifecycles.standard());
          Reports reports = new Reports(model, ZoneId.of("Europe/Moscow"), CalendarHistory.of(Calendars.builtIn(
              Calendars.ALWAYS).orElseThrow()), FakeClock.at("2026-03-20T12:00:00Z"), access);
          Actor reader = List.of(Fixtures.EMR_AGENT, Fixtures.HEAT_AGENT, Fixtures.HOSPITAL_REQUESTER,
              Fixtures.BOILER_REQUESTER, Fixtures.SUPERVISOR, Actor.agent("nobody", "plumbing-l1"),
              Actor.agent("lead-emr")).get(who);
          Instant from = Instant.parse("2026-03-01T00:00:00Z");
          Instant to = from.plus(Duration.ofDays(3));
          List<Grouping> by = reader.role() == ActorRole.REQUESTER ? List.of(Grouping.ORGANISATION)
              : List.of(Grouping.GROUP, Grouping.AGENT);
          SlaCompliance figures = reports.slaCompliance(reader, from, to, by);
          long seen = figures.rows().stream().mapToLong(r -> r.met() + r.breached()).sum();
          Predicate<Facts> mayCount = f -> switch (reader.role()) {
            case SUPERVISOR, SYSTEM -> true;
            case AGENT -> reader.id().equals(f.agent()) || reader.id().equals("lead-emr") && "emr-l1".equals(f.group())
                || reader.id().equals("kuznetsov") && "heat-l1".equals(f.group());
            case REQUESTER -> reader.organisationId().equals(f.organisation());
          };
          assertEquals(model.outcomes().stream().filter(o -> mayCount.test(o.facts())).count(), seen);
          for (SlaCompliance.Row row : figures.rows()) {
            if (reader.role() == ActorRole.REQUESTER) {
              assertEquals(List.of(reader.organisationId()), row.key());
            } else if (reader.role() == ActorRole.AGENT) {
              assertTrue(mayCount.test(new Facts(null, null, null, row.key().get(0), row.key().get(1), null, null,
                  null)), row.toString());
            }
          }
          if (reader.role() != ActorRole.REQUESTER) {
            long resolved = reports.quality(reader, from, to, List.of(), 0).rows().stream()
                .mapToLong(Quality.Row::resolved).sum();
            assertEquals(firstResolutions(store).stream().filter(f -> mayCount.test(f)).count(), resolved);
          }
        });
  }

  /** What each ticket was at its first resolution, read plainly from each journal. */
  private static List<Facts> firstResolutions(InMemoryTicketStore store) {
    List<Facts> out = new ArrayList<>();
    Map<TicketId, Facts> facts = new HashMap<>();
    Set<TicketId> resolved = new HashSet<>();
    for (PositionedEvent p : store.journalAfter(0, Integer.MAX_VALUE)) {
      JournalEvent e = p.event();
      if (e.change() instanceof TicketChange.Registered r) {
        facts.put(e.ticketId(), new Facts(r.category(), r.urgency(), r.organisationId(), r.group(), null, r.type(),
            r.serviceContract(), null));
      } else if (e.change() instanceof TicketChange.Assigned a) {
        Facts f = facts.get(e.ticketId());
        facts.put(e.ticketId(), new Facts(f.category(), f.urgency(), f.organisation(), a.group(), a.assignee(),
            f.type(), f.serviceContract(), f.cause()));
      } else if (e.change() instanceof TicketChange.Resolved && resolved.add(e.ticketId())) {
        out.add(facts.get(e.ticketId()));
      }
    }
    return out;
  }
}
