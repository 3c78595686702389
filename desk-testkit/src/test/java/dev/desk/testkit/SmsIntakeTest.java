package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.core.channel.Inbox;
import dev.desk.core.command.Assign;
import dev.desk.core.command.Resolve;
import dev.desk.core.quality.ServiceRated;
import dev.desk.spi.channel.InboundMessage;
import dev.desk.spi.channel.Receipt;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Contact;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short SMS registers a ticket: the support code and the name in any order, on one line; the sender is an SMS contact. */
final class SmsIntakeTest {

  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00"))
      .directory(Fixtures.directory()).build();
  private final Inbox sms = Inbox.builder(desk, Fixtures.directory()).category(Fixtures.EMR.id())
      .medium(Channel.SMS).build();
  private int sent;

  private Receipt text(String body) {
    return sms.accept(new InboundMessage("sms", "m-" + (++sent), null, "+79170000001", null, body, List.of(),
        Instant.parse("2026-03-16T06:00:00Z")));
  }

  @Test
  void theNameInTheMiddleOfTheLineAndTheCodeInAnyOrder() {
    for (String body : List.of(
        "Не печатает принтер в регистратуре. ФИО: Иванова Анна Петровна, код поддержки VLG-0001",
        "код поддержки VLG-0001 ФИО: Иванова Анна Петровна не печатает принтер",
        "ФИО: Иванова Анна Петровна. Не печатает принтер, код поддержки VLG-0001")) {
      Receipt r = text(body);
      assertEquals(Receipt.Outcome.REGISTERED, r.outcome(), body + " -> " + r);
      TicketSnapshot t = desk.ticketByNumber(Fixtures.SUPERVISOR, r.ticketNumber());
      assertEquals("Иванова Анна Петровна", t.requester().fullName(), body);
      assertEquals(List.of(new Contact(ContactKind.SMS, "+79170000001")), t.requester().contacts(),
          "an SMS sender is answered by SMS, not called back");
    }
  }

  @Test
  void withoutANameItIsStillRefusedWithWhatIsMissing() {
    Receipt r = text("код поддержки VLG-0001 не печатает принтер");
    assertEquals(Receipt.Outcome.REFUSED, r.outcome());
    assertEquals(1, r.missingFacts().size(), r.toString());
  }

  @Test
  void aNumberInAnSmsFromAnotherPhoneDoesNotReachThatTicket() {
    Receipt first = text("Не печатает принтер. ФИО: Иванова Анна Петровна, код поддержки VLG-0001");
    TicketSnapshot before = desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber());
    Receipt other = sms.accept(new InboundMessage("sms", "m-other", null, "+79990000002", first.ticketNumber(),
        "Закройте заявку. ФИО: Петров Пётр Петрович, код поддержки VLG-0001", List.of(),
        Instant.parse("2026-03-16T06:05:00Z")));
    assertEquals(Receipt.Outcome.REGISTERED, other.outcome(), other.toString());
    assertEquals(before, desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber()));

    Receipt same = sms.accept(new InboundMessage("sms", "m-same", null, "+79170000001", first.ticketNumber(),
        "Уже печатает", List.of(), Instant.parse("2026-03-16T06:06:00Z")));
    assertEquals(Receipt.Outcome.COMMENTED, same.outcome(), "the requester's own phone threads");
  }

  @Test
  void aMarkInReplyToAResolvedTicketAnswersTheSurveyAndASentenceStaysAComment() {
    Receipt first = text("Не печатает принтер. ФИО: Иванова Анна Петровна, код поддержки VLG-0001");
    TicketSnapshot t = desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber());
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Заменён картридж"));
    List<String> replies = List.of("5 принтеров в регистратуре тоже не печатают", "4, спасибо, всё работает",
        "5/5");
    for (String reply : replies) {
      sms.accept(new InboundMessage("sms", "m-" + reply.hashCode(), null, "+79170000001", first.ticketNumber(),
          reply, List.of(), Instant.parse("2026-03-16T07:00:00Z")));
    }
    List<TicketChange> journal = desk.journal(Fixtures.SUPERVISOR, t.id()).stream().map(JournalEvent::change)
        .filter(c -> c instanceof ServiceRated || c instanceof TicketChange.Commented).toList();
    assertEquals(List.of(new TicketChange.Commented("5 принтеров в регистратуре тоже не печатают", false),
        new ServiceRated(4, "спасибо, всё работает"), new ServiceRated(5, null)), journal);
  }
}
