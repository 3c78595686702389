package dev.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.plugin.PluginHealth;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** How a new ticket gets its urgency, and how people and plugins correct it. */
final class UrgencyAtRegistrationTest {

  private static Desk deskWith(UrgencyClassification classification) {
    return Desk.builder().directory(TestDesk.directory()).clock(java.time.Clock.fixed(TestDesk.NOW, TestDesk.MOSCOW))
        .classification(classification).build();
  }

  private static TicketChange.UrgencyClassified judgement(Desk desk, TicketSnapshot t) {
    return (TicketChange.UrgencyClassified) desk.journal(TestDesk.SUPERVISOR, t.id()).get(1).change();
  }

  @Test
  void aStatedUrgencyStandsAndTheJudgementIsStillJournaled() {
    Desk desk = deskWith(UrgencyClassification.builtIn());
    TicketSnapshot t = desk.register(TestDesk.AGENT, TestDesk.clinicTicket().urgency(Urgency.PLANNED)
        .description("МИС не работает во всей больнице").build());
    assertEquals(Urgency.PLANNED, t.urgency());
    var judged = judgement(desk, t);
    assertFalse(judged.applied());
    assertEquals(Urgency.EMERGENCY, judged.result().urgency());
  }

  @Test
  void withoutClassificationTheCategoryDefaultApplies() {
    TestDesk t = TestDesk.withoutClassification();
    TicketSnapshot ticket = t.desk.register(TestDesk.CLINIC_REQUESTER, TestDesk.clinicTicket().build());
    assertEquals(Urgency.PLANNED, ticket.urgency());
    assertEquals(1, t.desk.journal(TestDesk.SUPERVISOR, ticket.id()).size());
  }

  @Test
  void anAgentOverridesWithAReasonAndARequesterMayNot() {
    TestDesk t = new TestDesk();
    TicketSnapshot ticket = t.desk.register(TestDesk.CLINIC_REQUESTER, TestDesk.clinicTicket().build());
    assertThrows(AccessDeniedException.class, () -> t.desk.execute(TestDesk.CLINIC_REQUESTER,
        new ChangeUrgency(ticket.id(), ticket.version(), Urgency.EMERGENCY, "please")));
    TicketSnapshot raised = t.desk.execute(TestDesk.SUPERVISOR,
        new ChangeUrgency(ticket.id(), ticket.version(), Urgency.EMERGENCY, "the whole lab stands still"));
    assertEquals(Urgency.EMERGENCY, raised.urgency());
    var last = t.desk.journal(TestDesk.SUPERVISOR, ticket.id()).get((int) raised.version() - 1);
    assertEquals(new TicketChange.UrgencyChanged(Urgency.URGENT, Urgency.EMERGENCY), last.change());
    assertEquals("the whole lab stands still", last.reason());
  }

  @Test
  void aReplacingPluginDecidesAndAVoterIsOneVoice() {
    UrgencyClassifier model = plugin("model", UrgencyClassifier.Mode.REPLACE, Urgency.CONSULTATION);
    Desk replaced = deskWith(UrgencyClassification.of(UrgencyRules.defaults(), List.of(model)));
    TicketSnapshot t = replaced.register(TestDesk.AGENT, TestDesk.clinicTicket().build());
    assertEquals(Urgency.CONSULTATION, t.urgency());
    assertEquals("model", judgement(replaced, t).result().classifier());

    UrgencyClassifier voter = plugin("voter", UrgencyClassifier.Mode.VOTE, Urgency.PLANNED);
    UrgencyClassifier louder = plugin("louder", UrgencyClassifier.Mode.VOTE, Urgency.PLANNED);
    Desk voted = deskWith(UrgencyClassification.of(UrgencyRules.defaults(), List.of(voter, louder)));
    TicketSnapshot v = voted.register(TestDesk.AGENT, TestDesk.clinicTicket().build());
    assertEquals(Urgency.PLANNED, v.urgency(), "two confident votes outweigh the built-in URGENT");
    assertTrue(judgement(voted, v).result().reasons().stream().anyMatch(r -> r.rule().equals("vote:voter")));
  }

  @Test
  void votesNeverTakeAnEmergencyAway() {
    UrgencyClassifier voter = plugin("calm", UrgencyClassifier.Mode.VOTE, Urgency.PLANNED);
    UrgencyClassification c = UrgencyClassification.of(UrgencyRules.defaults(), List.of(voter, plugin("calmer",
        UrgencyClassifier.Mode.VOTE, Urgency.PLANNED)));
    assertEquals(Urgency.EMERGENCY, c.classify(ClassificationRequest.ofText("в подъезде сильно пахнет газом"))
        .urgency());
  }

  @Test
  void aFailingOrHangingPluginIsIgnoredAndCounted() {
    CountDownLatch never = new CountDownLatch(1);
    UrgencyClassifier hangs = new UrgencyClassifier() {
      @Override public String name() { return "hangs"; }
      @Override public Duration timeBudget() { return Duration.ofMillis(50); }
      @Override public Classification classify(ClassificationRequest request) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }
      @Override public Mode mode() { return Mode.REPLACE; }
    };
    UrgencyClassifier throwing = new UrgencyClassifier() {
      @Override public String name() { return "throws"; }
      @Override public Classification classify(ClassificationRequest request) {
        throw new IllegalStateException("model not loaded");
      }
      @Override public Mode mode() { return Mode.REPLACE; }
    };
    UrgencyClassification c = UrgencyClassification.of(UrgencyRules.defaults(), List.of(hangs, throwing));
    Desk desk = deskWith(c);
    TicketSnapshot t = desk.register(TestDesk.AGENT, TestDesk.clinicTicket().build());
    assertEquals(Urgency.URGENT, t.urgency(), "the built-in answer stands");
    assertEquals(List.of(new PluginHealth("hangs", 1, 0, 1, "ran over its budget of 50 ms"),
        new PluginHealth("throws", 1, 1, 0, "threw java.lang.IllegalStateException")), c.health());
  }

  private static UrgencyClassifier plugin(String name, UrgencyClassifier.Mode mode, Urgency answer) {
    return new UrgencyClassifier() {
      @Override public String name() { return name; }
      @Override public Mode mode() { return mode; }
      @Override public Classification classify(ClassificationRequest request) {
        return new Classification(answer, 0.9, List.of(), name);
      }
    };
  }
}
