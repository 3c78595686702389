package dev.desk.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.Calendars;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Routing by rule and duty hours; assignment by shift, skill, capacity, load and turn. */
final class DispatcherTest {

  private static final Function<String, BusinessCalendar> CALENDARS = id -> Calendars.builtIn(id).orElseThrow();
  private static final Instant FRIDAY_NOON = Instant.parse("2026-03-13T09:00:00Z"); // 12:00 Moscow
  private static final Instant FRIDAY_NIGHT = Instant.parse("2026-03-13T20:00:00Z"); // 23:00 Moscow

  private final Dispatcher d = new Dispatcher(ServiceDirectory.read(new StringReader(ServiceDirectoryTest.FILE),
      "staff.yaml"), CALENDARS);

  @Test
  void emergenciesGoToTheGroupOnDutyNow() {
    assertEquals("emr-l1", d.route("emr", Urgency.EMERGENCY, "hospital", "gkb-1", FRIDAY_NOON).orElseThrow().group());
    assertEquals("night-duty", d.route("emr", Urgency.EMERGENCY, "hospital", "gkb-1", FRIDAY_NIGHT).orElseThrow()
        .group());
  }

  @Test
  void otherTicketsFollowTheRulesOrTheFirstLineCompetentForTheCategory() {
    Dispatcher.Route icu = d.route("emr", Urgency.URGENT, "hospital-icu", "gkb-1", FRIDAY_NIGHT).orElseThrow();
    assertEquals(new Dispatcher.Route("emr-l2", SupportLine.L2, "emr-icu"), icu);
    assertEquals("emr-l1", d.route("emr", Urgency.PLANNED, "hospital", "gkb-1", FRIDAY_NIGHT).orElseThrow().group(),
        "the queue waits for its hours");
    assertEquals("night-duty", d.route("heating", Urgency.PLANNED, null, null, FRIDAY_NOON).orElseThrow().group());
    assertEquals(Optional.empty(), d.route("lifts", Urgency.PLANNED, null, null, FRIDAY_NOON));
  }

  /** The workload as the store would count it: open tickets, load, and each group's turn. */
  private static final class Counts implements Dispatcher.Workload {
    private final Map<String, Long> counts = new HashMap<>();

    void take(String agent, Urgency urgency, int sign) {
      counts.merge("open:" + agent, (long) sign, Long::sum);
      counts.merge("load:" + agent, (long) sign * Dispatcher.weight(urgency), Long::sum);
    }

    /** Picks as an automatic assignment's commit would: the group's turn moves on. */
    Optional<String> pick(Dispatcher d, String group) {
      Optional<String> agent = d.pickAgent(group, "emr", FRIDAY_NOON, this);
      counts.merge("turn:" + group, 1L, Long::sum);
      return agent;
    }

    @Override
    public long open(String agent) {
      return counts.getOrDefault("open:" + agent, 0L);
    }

    @Override
    public long load(String agent) {
      return counts.getOrDefault("load:" + agent, 0L);
    }

    @Override
    public long turn(String group) {
      return counts.getOrDefault("turn:" + group, 0L);
    }
  }

  @Test
  void onlyAgentsOnShiftWithTheSkillAndRoomTakeTickets() {
    Counts work = new Counts();
    assertEquals(Optional.of("pavel"), d.pickAgent("emr-l1", "emr", FRIDAY_NOON, work));
    assertEquals(Optional.empty(), d.pickAgent("emr-l1", "emr", FRIDAY_NIGHT, work), "pavel is off shift");
    assertEquals(true, d.anyoneAvailable("emr-l1", FRIDAY_NOON, work));
    assertEquals(false, d.anyoneAvailable("emr-l1", FRIDAY_NIGHT, work), "so the sweep leaves the queue unread");
    assertEquals(Optional.empty(), d.pickAgent("emr-l1", "heating", FRIDAY_NOON, work), "pavel lacks the skill");
    for (int i = 0; i < 5; i++) {
      work.take("pavel", Urgency.CONSULTATION, 1);
    }
    assertEquals(Optional.empty(), d.pickAgent("emr-l1", "emr", FRIDAY_NOON, work), "pavel is at capacity");
    work.take("pavel", Urgency.CONSULTATION, -1);
    assertEquals(Optional.of("pavel"), d.pickAgent("emr-l1", "emr", FRIDAY_NOON, work), "a resolved ticket frees room");
  }

  @Test
  void theLeastLoadedTakesItAndEqualsTakeTurns() {
    ServiceDirectory.Builder b = ServiceDirectory.builder()
        .group(new Group("g", SupportLine.L1, Set.of("emr"), null, null));
    for (String id : List.of("a", "b", "c")) {
      b.agent(new Agent(id, List.of("g"), SupportLine.L1, Set.of("emr"), Set.of(), null, 100));
    }
    Dispatcher three = new Dispatcher(b.build(), CALENDARS);
    Counts work = new Counts();
    work.take("a", Urgency.EMERGENCY, 1);
    assertEquals(4, work.load("a"));
    assertEquals(Optional.of("b"), work.pick(three, "g"), "b and c are equal; b comes first");
    assertEquals(Optional.of("c"), work.pick(three, "g"), "nothing changed: c's turn");
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      picks.add(work.pick(three, "g").orElseThrow());
    }
    assertEquals(List.of("b", "c", "b", "c"), picks);
  }
}
