package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.Reject;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.SwitchChannel;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.notify.NotificationTemplates;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requester is told the number and kept informed on every contact; the agent hears of assignments. */
final class NoticesTest {

  /** Records what it would send: "recipient | subject | body". */
  private static final class Outbox implements Notifier {
    final List<String> sent = new ArrayList<>();

    @Override public String name() { return "recorder"; }
    @Override public boolean accepts(OutboxEntry entry) { return true; }
    @Override public synchronized void deliver(OutboxEntry entry, Message message) {
      sent.add(entry.notification().resolvedTo() + " | " + message.subject() + " | " + message.body());
    }
  }

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
  private final Outbox sent = new Outbox();
  private final Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore())
      .directory(Fixtures.directory()).notifyPeople(true)
      .notifications(NotificationDelivery.builder().notifier(sent).locale("ru").build()).build();

  @Test
  void theRequesterHearsEachStepThroughTheMediaTheyChoseAndThePhoneOnlyWhatNeedsACall() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .contact(ContactKind.EMAIL, "ivanova@gkb1.example").noticesBy(ContactKind.PHONE, ContactKind.EMAIL)
        .subject("Не открывается ЭМК").build());
    desk.deliverNotifications();
    assertEquals(List.of(
        "ivanova@gkb1.example | Обращение DESK-2026-000001 зарегистрировано | Ваше обращение зарегистрировано под "
            + "номером DESK-2026-000001: «Не открывается ЭМК». Называйте этот номер при каждом обращении по этому "
            + "вопросу."), sent.sent);

    sent.sent.clear();
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
    t = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(t.id(), t.version(), "С какого компьютера?"));
    desk.deliverNotifications();
    assertEquals("petrov | Вам назначено обращение DESK-2026-000001 | Обращение DESK-2026-000001 («Не открывается "
        + "ЭМК», срочное) назначено вам в группе emr-l1.", sent.sent.get(0));
    assertEquals("+7 8442 00-00-01 | По обращению DESK-2026-000001 нужны сведения | Специалист просит уточнить: "
        + "С какого компьютера? Ответьте на это сообщение, указав номер DESK-2026-000001.", sent.sent.get(sent.sent.size() - 2),
        "the question, on each contact: " + sent.sent);

    sent.sent.clear();
    t = desk.ticket(Fixtures.SUPERVISOR, t.id());
    t = desk.execute(Fixtures.EMR_AGENT, new dev.desk.core.command.RecordCustomerReply(t.id(), t.version(), "Каб. 12"));
    t = desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(t.id(), t.version(), "KB-17"));
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен клиент МИС"));
    sent.sent.clear();
    desk.deliverNotifications();
    assertEquals(List.of(
        "ivanova@gkb1.example | Обращение DESK-2026-000001: в работе | Статус обращения DESK-2026-000001 («Не "
            + "открывается ЭМК») изменён: в работе.",
        "+7 8442 00-00-01 | Обращение DESK-2026-000001 решено | Решение: Переустановлен клиент МИС. Статьи базы "
            + "знаний: KB-17. Если проблема осталась, ответьте на это сообщение, и обращение будет открыто снова. Оцените, пожалуйста, ответ от 1 (плохо) до 5 (отлично): ответьте цифрой, можно с комментарием через запятую, или на портале.",
        "ivanova@gkb1.example | Обращение DESK-2026-000001 решено | Решение: Переустановлен клиент МИС. Статьи базы "
            + "знаний: KB-17. Если проблема осталась, ответьте на это сообщение, и обращение будет открыто снова. Оцените, пожалуйста, ответ от 1 (плохо) до 5 (отлично): ответьте цифрой, можно с комментарием через запятую, или на портале."),
        sent.sent);
  }

  @Test
  void withoutAChoiceNoticesGoToTheFirstContactOnly() {
    desk.register(Fixtures.HOSPITAL_REQUESTER, RegisterTicket.builder()
        .organisation(Fixtures.HOSPITAL.id(), Fixtures.HOSPITAL.supportCode()).requester("Иванова Анна Петровна")
        .contact(ContactKind.SMS, "+7 902 000-00-01").contact(ContactKind.EMAIL, "ivanova@gkb1.example")
        .category(Fixtures.EMR.id()).description("Не открывается ЭМК").build());
    desk.deliverNotifications();
    assertEquals(1, sent.sent.size(), sent.sent.toString());
    assertTrue(sent.sent.get(0).startsWith("+7 902 000-00-01 | Обращение DESK-2026-000001 зарегистрировано"));
  }

  @Test
  void aRequesterWithoutAnyContactGetsNoNoticeAndNothingGoesDead() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, RegisterTicket.builder()
        .organisation(Fixtures.HOSPITAL.id(), Fixtures.HOSPITAL.supportCode()).requester("Иванова Анна Петровна")
        .category(Fixtures.EMR.id()).description("Не открывается ЭМК").build());
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен клиент МИС"));
    desk.deliverNotifications();
    assertEquals(List.of("petrov"), sent.sent.stream().map(m -> m.substring(0, m.indexOf(' '))).toList(),
        "only the agent hears: " + sent.sent);
    assertEquals(List.of(), desk.deadLetters(Fixtures.SUPERVISOR, 10));
  }

  @Test
  void aCallerAskedToGoOnByMailHearsByMailFromThenOn() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build()); // a phone
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    TicketSnapshot asked = t;
    ValidationException noAddress = assertThrows(ValidationException.class, () -> desk.execute(
        Fixtures.EMR_AGENT, new SwitchChannel(asked.id(), asked.version(), Channel.EMAIL, ContactKind.EMAIL, null)));
    assertEquals("contact", noAddress.violations().get(0).path());

    t = desk.execute(Fixtures.EMR_AGENT, new SwitchChannel(t.id(), t.version(), Channel.EMAIL, ContactKind.EMAIL,
        "ivanova@gkb1.example"));
    assertEquals(Channel.EMAIL, t.channel());
    assertEquals(List.of(ContactKind.EMAIL), t.requester().noticesBy());
    desk.deliverNotifications();
    sent.sent.clear();
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен клиент МИС"));
    desk.deliverNotifications();
    assertEquals(List.of("ivanova@gkb1.example"), sent.sent.stream().map(m -> m.substring(0, m.indexOf(' ')))
        .toList(), "the resolution goes by mail, no call-back: " + sent.sent);
    assertTrue(desk.requesterView(Fixtures.HOSPITAL_REQUESTER, t.id()).entries().contains(
        new RequesterEntry.ChannelChanged(clock.instant(), Channel.EMAIL, List.of(ContactKind.EMAIL))));
  }

  @Test
  void aRejectionSaysTheReasonInTheRequestersWords() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, RegisterTicket.builder()
        .organisation(Fixtures.HOSPITAL.id(), Fixtures.HOSPITAL.supportCode()).requester("Иванова Анна Петровна")
        .contact(ContactKind.EMAIL, "ivanova@gkb1.example").category(Fixtures.EMR.id()).description("Не работает")
        .build());
    desk.deliverNotifications();
    sent.sent.clear();
    desk.execute(Fixtures.SUPERVISOR, new Reject(t.id(), t.version(), RefusalReason.INSUFFICIENT_DETAIL, null));
    desk.deliverNotifications();
    assertEquals(List.of("ivanova@gkb1.example | Обращение DESK-2026-000001 отклонено | Обращение DESK-2026-000001 "
        + "(«Не работает») отклонено: проблема описана недостаточно подробно, чтобы её решать. Вы можете подать новое "
        + "обращение, устранив причину."), sent.sent);
  }

  @Test
  void aChosenMediumNeedsAContactOfItsKind() {
    ValidationException e = assertThrows(ValidationException.class, () -> desk.register(Fixtures.HOSPITAL_REQUESTER,
        Fixtures.hospitalTicket().noticesBy(ContactKind.SMS, ContactKind.EMAIL).build()));
    assertEquals(List.of("noticesBy: notices by SMS were chosen, but no SMS contact was given",
        "noticesBy: notices by EMAIL were chosen, but no EMAIL contact was given"),
        e.violations().stream().map(v -> v.path() + ": " + v.message()).toList());
  }

  @Test
  void aHostAddsALanguageWithABundleAlone() {
    // the test classpath carries templates_kk.properties with the REGISTERED event only
    NotificationTemplates t = NotificationTemplates.defaults();
    assertEquals(new Message("Өтініш VLG-1 тіркелді", "Өтініміңіздің нөмірі: VLG-1", "kk"),
        t.render("REGISTERED", "kk", Map.of("number", "VLG-1")));
    assertEquals(new Message("Ticket VLG-1 resolved", "Resolution:  If the problem is still there, reply to this message "
        + "and the ticket will be reopened. Please mark our answer from 1 (poor) to 5 (excellent): reply with the mark, a comment after a comma if you like, or on the portal.", "en"), t.render("RESOLVED", "kk", Map.of("number", "VLG-1")));
    assertEquals("Обращение VLG-1 решено", t.render("RESOLVED", "ru", Map.of("number", "VLG-1")).subject());
    assertEquals("Ticket VLG-1 resolved", t.render("RESOLVED", "de", Map.of("number", "VLG-1")).subject());
  }

  @Test
  void templatesFallBackToEnglishAndCanBeReplaced() {
    NotificationTemplates t = NotificationTemplates.defaults().toBuilder()
        .template("REGISTERED", "kk", "{number} тіркелді", "Өтініміңіздің нөмірі: {number}").build();
    assertEquals(new Message("VLG-1 тіркелді", "Өтініміңіздің нөмірі: VLG-1", "kk"),
        t.render("REGISTERED", "kk", Map.of("number", "VLG-1")));
    assertEquals("Ticket VLG-1 resolved", t.render("RESOLVED", "kk", Map.of("number", "VLG-1")).subject());
    assertEquals("en", t.render("RESOLVED", "kk", Map.of()).locale());
  }
}
