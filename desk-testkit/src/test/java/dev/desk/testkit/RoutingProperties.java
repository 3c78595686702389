package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.Desk;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Laws of assignment over generated staff sizes, loads and arrival times. */
final class RoutingProperties {

  private static final Instant MONDAY_0830 = Instant.parse("2026-03-16T05:30:00Z");

  @Test
  void equalAgentsWithEqualLoadGetCountsThatDifferByAtMostOne() {
    qt().withExamples(100).forAll(integers().between(1, 6), integers().between(1, 60)).checkAssert((agents, tickets) -> {
      FakeClock clock = FakeClock.at(Instant.parse("2026-03-13T09:00:00Z"), RoutingTest.MOSCOW);
      Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory())
          .serviceDirectory(RoutingTest.staff(agents)).build();
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < tickets; i++) {
        TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
            .urgency(Urgency.PLANNED).build());
        counts.merge(t.assignee(), 1, Integer::sum);
      }
      Collection<Integer> c = counts.values();
      int min = counts.size() < agents ? 0 : c.stream().min(Integer::compare).orElse(0);
      int max = c.stream().max(Integer::compare).orElse(0);
      assertTrue(max - min <= 1, agents + " agents, " + tickets + " tickets: " + counts);
    });
  }

  @Test
  void whenAnAgentWithTheSkillIsOnShiftNoTicketStaysUnassignedThroughASweep() {
    // arrivals at any minute of a week (many off shift), then a sweep at a random working minute
    qt().withExamples(60).forAll(lists().of(integers().between(0, 7 * 24 * 60 - 1)).ofSizeBetween(1, 25),
        integers().between(0, 8 * 60)).checkAssert((arrivals, workingMinute) -> {
          FakeClock clock = FakeClock.at(Instant.parse("2026-03-06T21:00:00Z"), RoutingTest.MOSCOW); // Sat 00:00
          Desk desk = Desk.builder().clock(clock).directory(Fixtures.directory())
              .serviceDirectory(RoutingTest.staff(3)).build();
          for (int minute : arrivals.stream().sorted().toList()) {
            clock.set(Instant.parse("2026-03-06T21:00:00Z").plus(Duration.ofMinutes(minute)));
            desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().urgency(Urgency.PLANNED).build());
          }
          clock.set(MONDAY_0830.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(workingMinute)));
          desk.runDueTimers();
          for (TicketSnapshot t : desk.query(Fixtures.SUPERVISOR, TicketQuery.all().withStatuses(Set.of("NEW"))
              .withPage(0, TicketQuery.MAX_LIMIT))) {
            assertNotNull(t.assignee(), t.number() + " stayed unassigned at " + clock.instant());
          }
        });
  }
}
