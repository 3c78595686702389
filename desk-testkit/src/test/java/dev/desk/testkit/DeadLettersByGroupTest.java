package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Dead letters hold requesters' contacts: an agent reads and re-queues only those of their groups' tickets. */
final class DeadLettersByGroupTest {

  private static final Notifier BROKEN = new Notifier() {
    @Override public String name() { return "broken"; }
    @Override public boolean accepts(OutboxEntry entry) { return true; }
    @Override public void deliver(OutboxEntry entry, Message message) {
      throw new IllegalStateException("gateway down");
    }
  };

  @Test
  void anAgentReadsTheDeadLettersOfTheirGroupsOnly() {
    EscalationRules tell = EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
        .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build()).build();
    Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).directory(Fixtures.directory())
        .escalationRules(tell).notifications(NotificationDelivery.builder().notifier(BROKEN).maxAttempts(1).build())
        .build();
    TicketSnapshot emr = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build());
    TicketSnapshot heat = desk.register(Fixtures.SYSTEM, Fixtures.hospitalTicket().category("heating").build());
    assertEquals("heat-l1", heat.group());
    assertEquals(2, desk.deliverNotifications().dead());

    assertEquals(Set.of(emr.number(), heat.number()), numbers(desk.deadLetters(Fixtures.SUPERVISOR, 10)));
    List<OutboxEntry> emrAgents = desk.deadLetters(Fixtures.EMR_AGENT, 10);
    assertEquals(Set.of(emr.number()), numbers(emrAgents));
    assertEquals(Set.of(heat.number()), numbers(desk.deadLetters(Fixtures.HEAT_AGENT, 10)));

    String heatKey = desk.deadLetters(Fixtures.HEAT_AGENT, 10).get(0).key();
    assertThrows(TicketNotFoundException.class, () -> desk.requeue(Fixtures.EMR_AGENT, heatKey),
        "another group's notice is not theirs to send again");
    assertTrue(desk.requeue(Fixtures.EMR_AGENT, emrAgents.get(0).key()));
    desk.close();
  }

  private static Set<String> numbers(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::ticketNumber).collect(Collectors.toSet());
  }
}
