package dev.desk.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.desk.core.Desk;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.channel.InboundAttachment;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.testkit.ChannelContract;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail channel and notifier against GreenMail's real SMTP and IMAP servers, in process. */
final class EmailChannelTest extends ChannelContract {

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

  private static final String DESK = "support@desk.example";

  private static MailServer server() {
    MAIL.setUser(DESK, "desk", "mailbox-password");
    return new MailServer("127.0.0.1", ServerSetupTest.IMAP.getPort(), "127.0.0.1", ServerSetupTest.SMTP.getPort(),
        DESK, "desk", "mailbox-password");
  }

  @Override
  protected InboundChannel newChannel() {
    return new EmailChannel(server(), Clock.systemUTC());
  }

  @Override
  protected void send(InboundChannel channel, Outgoing m) throws Exception {
    int before = MAIL.getReceivedMessages().length;
    Properties smtp = new Properties();
    smtp.setProperty("mail.smtp.host", "127.0.0.1");
    smtp.setProperty("mail.smtp.port", Integer.toString(ServerSetupTest.SMTP.getPort()));
    Session session = Session.getInstance(smtp);
    MimeMessage mail = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", m.messageId());
      }
    };
    mail.setFrom(new InternetAddress(m.from()));
    mail.setRecipients(Message.RecipientType.TO, DESK);
    mail.setSubject(m.subject(), "UTF-8");
    if (m.inReplyTo() != null) {
      mail.setHeader("In-Reply-To", m.inReplyTo());
    }
    MimeMultipart parts = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.text(), "UTF-8");
    parts.addBodyPart(text);
    for (InboundAttachment a : m.attachments()) {
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.declaredType())));
      file.setFileName(a.fileName());
      parts.addBodyPart(file);
    }
    mail.setContent(parts);
    Transport.send(mail);
    assertTrue(MAIL.waitForIncomingEmail(5_000, before + 1), "the mail reached the mailbox");
  }

  @Test
  void theRequesterIsToldTheNumberByMailWithTheKeyAsMessageId() throws Exception {
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
    Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .notifyPeople(true).notifications(NotificationDelivery.builder().notifier(new EmailNotifier(server()))
            .locale("ru").build()).build();
    desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
        .contact(ContactKind.EMAIL, "ivanova@gkb1.example").noticesBy(ContactKind.EMAIL).build());
    desk.deliverNotifications();
    assertTrue(MAIL.waitForIncomingEmail(5_000, 1));
    MimeMessage sent = MAIL.getReceivedMessagesForDomain("gkb1.example")[0];
    assertEquals("Обращение DESK-2026-000001 зарегистрировано", sent.getSubject());
    assertTrue(sent.getMessageID().endsWith("@desk>"), sent.getMessageID());
  }
}
