package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Close;
import dev.desk.core.command.PerformAction;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A host's own lifecycle, with states the default one does not have, runs and passes the contract. */
final class DispatchLifecycleTest extends LifecycleContract {

  @Override
  protected Lifecycle lifecycle() {
    return DispatchLifecycle.create();
  }

  @Test
  void aCrewIsDispatchedArrivesAndResolves() {
    FakeClock clock = FakeClock.at("2026-01-15T02:10:00+05:00");
    Desk desk = Desk.builder().clock(clock).lifecycle(lifecycle()).directory(Fixtures.directory()).build();
    TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().category("heating").build());

    t = desk.execute(Fixtures.HEAT_AGENT, new Assign(t.id(), t.version(), "heat-l1", null, "crew-3", null));
    assertEquals("DISPATCHED", t.status());
    TicketSnapshot dispatched = t;
    assertThrows(IllegalTransitionException.class, () -> desk.execute(Fixtures.HEAT_AGENT,
        new StartWork(dispatched.id(), dispatched.version())), "the dispatch lifecycle has no START_WORK");
    clock.advance(Duration.ofMinutes(35));
    t = desk.execute(Fixtures.HEAT_AGENT, new PerformAction(t.id(), t.version(), "ARRIVE_ON_SITE", null));
    assertEquals("ON_SITE", t.status());
    assertEquals(clock.instant(), t.updatedAt());

    TicketSnapshot onSite = t;
    assertThrows(ValidationException.class,
        () -> desk.execute(Fixtures.HEAT_AGENT, new Resolve(onSite.id(), onSite.version(), null)));
    t = desk.execute(Fixtures.HEAT_AGENT, new Resolve(t.id(), t.version(), "Valve replaced, pressure restored"));
    TicketSnapshot resolved = t;
    assertThrows(AccessDeniedException.class,
        () -> desk.execute(Fixtures.HEAT_AGENT, new Close(resolved.id(), resolved.version(), null)));
    t = desk.execute(Fixtures.SUPERVISOR, new Close(t.id(), t.version(), "confirmed by phone"));
    assertEquals("CLOSED", t.status());
  }
}
