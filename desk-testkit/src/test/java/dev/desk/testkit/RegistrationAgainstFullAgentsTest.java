package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.CapacityExceededException;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A registration whose automatic pick meets agents that other nodes filled meanwhile decides
 * again, as often as it takes: each refusal means another registration took the room, so it
 * ends either on an agent with room or, once all are full, in the group's queue. The requester's
 * ticket is never lost to another node's speed (four nodes of the multi-process suite on a slow
 * machine once lost one after five refusals).
 */
final class RegistrationAgainstFullAgentsTest {

  @Test
  void aRegistrationRefusedByFullAgentsTenTimesIsStillRegisteredAndRouted() {
    InMemoryTicketStore memory = new InMemoryTicketStore();
    AtomicInteger refusals = new AtomicInteger(10);
    TicketStore racing = (TicketStore) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {TicketStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("commit") && refusals.getAndDecrement() > 0) {
            throw new CapacityExceededException("routing.open:a1"); // another node took the room first
          }
          try {
            return method.invoke(memory, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    ServiceDirectory staff = ServiceDirectory.builder()
        .group(new Group("emr-l1", SupportLine.L1, Set.of("emr"), null, null))
        .agent(new Agent("a1", List.of("emr-l1"), SupportLine.L1, Set.of("emr"), Set.of(), null, 3)).build();
    Desk desk = Desk.builder().store(racing).directory(Fixtures.directory()).serviceDirectory(staff).build();

    TicketSnapshot t = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());

    assertEquals("a1", t.assignee());
    assertEquals(t, memory.find(t.id()).orElseThrow());
  }
}
