package dev.desk.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.desk.core.Desk;
import dev.desk.core.channel.Inbox;
import dev.desk.core.command.Assign;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request by e-mail from registration to resolution, through GreenMail's SMTP and IMAP: the
 * auto-reply with the number, the question, the answer threading back (the clock resumes), and the
 * resolution with its knowledge-base link.
 */
final class EmailEndToEndTest {

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

  private static final String DESK = "support@desk.example";
  private static final String REQUESTER = "ivanova@gkb1.example";

  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");

  private static void mail(String subject, String text) throws Exception {
    Properties smtp = new Properties();
    smtp.setProperty("mail.smtp.host", "127.0.0.1");
    smtp.setProperty("mail.smtp.port", Integer.toString(ServerSetupTest.SMTP.getPort()));
    MimeMessage m = new MimeMessage(Session.getInstance(smtp));
    m.setFrom(new InternetAddress(REQUESTER));
    m.setRecipients(Message.RecipientType.TO, DESK);
    m.setSubject(subject, "UTF-8");
    m.setText(text, "UTF-8");
    Transport.send(m);
  }

  private static List<String> requesterSubjects() throws Exception {
    return Arrays.stream(MAIL.getReceivedMessagesForDomain("gkb1.example")).map(m -> {
      try {
        return m.getSubject();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void aRequestByMailFromRegistrationToResolution() throws Exception {
    MAIL.setUser(DESK, "desk", "pw");
    MailServer server = new MailServer("127.0.0.1", ServerSetupTest.IMAP.getPort(), "127.0.0.1",
        ServerSetupTest.SMTP.getPort(), DESK, "desk", "pw");
    Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .slaPolicies(SlaClockFixtures.POLICIES).notifyPeople(true)
        .notifications(NotificationDelivery.builder().notifier(new EmailNotifier(server)).locale("ru").build()).build();
    EmailChannel channel = new EmailChannel(server, Clock.systemUTC());
    Inbox inbox = Inbox.builder(desk, Fixtures.directory()).category(Fixtures.EMR.id()).build();

    mail("Не открывается ЭМК", "Код поддержки " + Fixtures.HOSPITAL.supportCode()
        + "\nФИО: Иванова Анна Петровна\nНе открывается электронная медкарта, ошибка 500");
    assertTrue(MAIL.waitForIncomingEmail(5_000, 1));
    assertEquals(1, inbox.poll(channel));
    desk.deliverNotifications();
    assertTrue(MAIL.waitForIncomingEmail(5_000, 3), "the auto-reply and the registration notice");
    TicketSnapshot t = desk.query(Fixtures.SUPERVISOR, TicketQuery.all()).get(0);
    assertTrue(requesterSubjects().contains("Re: Не открывается ЭМК"), "the auto-reply: " + requesterSubjects());
    assertTrue(requesterSubjects().contains("Обращение " + t.number() + " зарегистрировано"), requesterSubjects().toString());
    assertEquals(0, inbox.poll(channel), "a taken mail is read and not taken again");

    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
    t = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(t.id(), t.version(), "С какого компьютера?"));
    assertEquals(SlaClock.State.PAUSED, t.clock(SlaClockKind.RESOLUTION).orElseThrow().state());
    desk.deliverNotifications();
    String question = "По обращению " + t.number() + " нужны сведения";
    assertTrue(requesterSubjects().contains(question), requesterSubjects().toString());

    clock.advance(Duration.ofMinutes(30));
    mail("Re: " + question, "Кабинет 12, компьютер РЕГ-3");
    inbox.poll(channel);
    t = desk.ticket(Fixtures.SUPERVISOR, t.id());
    assertEquals("IN_PROGRESS", t.status(), "the answer threads back");
    assertEquals(SlaClock.State.RUNNING, t.clock(SlaClockKind.RESOLUTION).orElseThrow().state(), "the clock resumes");

    t = desk.execute(Fixtures.EMR_AGENT, new LinkKnowledgeArticle(t.id(), t.version(), "KB-17"));
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен клиент МИС"));
    desk.deliverNotifications();
    String number = t.number();
    MimeMessage resolved = Arrays.stream(MAIL.getReceivedMessagesForDomain("gkb1.example")).filter(m -> {
      try {
        return m.getSubject().equals("Обращение " + number + " решено");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    assertTrue(resolved.getContent().toString().contains("KB-17"), resolved.getContent().toString());
  }
}
