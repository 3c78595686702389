package dev.desk.plugins.email;

import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends requesters' notices to their e-mail addresses by SMTP. Each mail's Message-ID is made of
 * the outbox entry's key, so a receiving system can drop a retry it already has.
 */
public final class EmailNotifier implements Notifier {

  private final MailServer server;
  private final Session session;

  /** A notifier sending through this server, from the desk's address. */
  public EmailNotifier(MailServer server) {
    this.server = Objects.requireNonNull(server, "server");
    this.session = server.session();
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public boolean accepts(OutboxEntry entry) {
    return entry.notification().recipientKind().equals("REQUESTER") && entry.notification().recipient().equals("EMAIL")
        && entry.notification().resolvedTo() != null;
  }

  @Override
  public void deliver(OutboxEntry entry, Message message) throws MessagingException {
    String id = "<" + entry.key().replace(':', '.') + "@desk>";
    MimeMessage mail = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id); // the idempotency key, not a random id
      }
    };
    mail.setFrom(new InternetAddress(server.address()));
    mail.setRecipients(jakarta.mail.Message.RecipientType.TO, entry.notification().resolvedTo());
    mail.setSubject(message.subject(), "UTF-8");
    mail.setText(message.body(), "UTF-8");
    Transport.send(mail);
  }

  @Override
  public Duration timeBudget() {
    return Duration.ofSeconds(20);
  }
}
