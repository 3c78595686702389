package dev.desk.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.Calendars;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void onlyAgentsOnShiftWithTheSkillAndRoomTakeTickets() {
    assertEquals(Optional.of("pavel"), d.pickAgent("emr-l1", "emr", FRIDAY_NOON));
    assertEquals(Optional.empty(), d.pickAgent("emr-l1", "emr", FRIDAY_NIGHT), "pavel is off shift");
    assertEquals(true, d.anyoneAvailable("emr-l1", FRIDAY_NOON));
    assertEquals(false, d.anyoneAvailable("emr-l1", FRIDAY_NIGHT), "so the sweep leaves the queue unread");
    assertEquals(Optional.empty(), d.pickAgent("emr-l1", "heating", FRIDAY_NOON), "pavel lacks the skill");
    for (int i = 0; i < 5; i++) {
      d.moveLoad(null, null, false, "pavel", Urgency.CONSULTATION, true);
    }
    assertEquals(Optional.empty(), d.pickAgent("emr-l1", "emr", FRIDAY_NOON), "pavel is at capacity");
    d.moveLoad("pavel", Urgency.CONSULTATION, true, "pavel", Urgency.CONSULTATION, false);
    assertEquals(Optional.of("pavel"), d.pickAgent("emr-l1", "emr", FRIDAY_NOON), "a resolved ticket frees room");
  }

  @Test
  void theLeastLoadedTakesItAndEqualsTakeTurns() {
    ServiceDirectory.Builder b = ServiceDirectory.builder()
        .group(new Group("g", SupportLine.L1, Set.of("emr"), null, null));
    for (String id : List.of("a", "b", "c")) {
      b.agent(new Agent(id, List.of("g"), SupportLine.L1, Set.of("emr"), Set.of(), null, 100));
    }
    Dispatcher three = new Dispatcher(b.build(), CALENDARS);
    three.moveLoad(null, null, false, "a", Urgency.EMERGENCY, true);
    assertEquals(4, three.load("a"));
    assertEquals(Optional.of("b"), three.pickAgent("g", "emr", FRIDAY_NOON), "b and c are equal; b comes first");
    assertEquals(Optional.of("c"), three.pickAgent("g", "emr", FRIDAY_NOON), "nothing changed: c's turn");
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      picks.add(three.pickAgent("g", "emr", FRIDAY_NOON).orElseThrow());
    }
    assertEquals(List.of("b", "c", "b", "c"), picks);
  }
}
