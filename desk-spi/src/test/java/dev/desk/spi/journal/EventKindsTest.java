package dev.desk.spi.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of the SDK has a stable, well-formed name of its own; the names are what stores keep. */
final class EventKindsTest {

  @Test
  void everyKindOfTheSdkHasItsOwnStableName() {
    Set<String> names = new HashSet<>();
    EventKinds.builtIn().forEach((name, type) -> {
      assertTrue(name.matches("[a-z]+\\.[a-z-]+"), name);
      assertTrue(names.add(name), "twice: " + name);
      assertEquals(name, EventKinds.of(type).value());
    });
    assertEquals(26, names.size(), "every record of TicketChange but Unrecognised: " + names);
  }

  @Test
  void namesDoNotFollowTheJavaClasses() {
    assertEquals("ticket.status-changed", new JournalEventFixture().statusChanged().kind());
    assertEquals("sla.clock-breached", EventKinds.of(TicketChange.ClockBreached.class).value());
  }

  @Test
  void anUnrecognisedChangeKeepsTheNameAndVersionItWasStoredWith() {
    TicketChange.Unrecognised u = new TicketChange.Unrecognised("contracts.hours-used", 3, "{\"hours\":2}");
    assertEquals("contracts.hours-used", EventKinds.name(u));
    assertEquals(3, EventKinds.version(u));
  }

  @Kind("Not A Name")
  record Badly(int x) implements TicketChange.Extension {}

  record Nameless(int x) implements TicketChange.Extension {}

  @Test
  void anExtensionKindNeedsAWellFormedName() {
    assertThrows(IllegalArgumentException.class, () -> EventKinds.of(Badly.class));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventKinds.of(Nameless.class));
    assertTrue(e.getMessage().contains("without a @Kind"), e.getMessage());
  }
}
