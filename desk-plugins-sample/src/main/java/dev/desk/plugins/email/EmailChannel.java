package dev.desk.plugins.email;

import dev.desk.spi.channel.InboundAttachment;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.channel.InboundMessage;
import dev.desk.spi.channel.Receipt;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.HeaderTerm;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls the desk's IMAP mailbox for unread mail. A message is marked read only when desk has
 * taken it ({@link #acknowledge}), so a crash in between delivers it again, and desk drops the
 * duplicate by its Message-ID. When desk answers with a reply (the ticket number, or the facts
 * missing), it goes back to the sender by SMTP, in reply to their message.
 */
public final class EmailChannel implements InboundChannel {

  private static final System.Logger LOG = System.getLogger(EmailChannel.class.getName());

  private final MailServer server;
  private final Session session;
  private final Clock clock;
  private final AtomicLong rejected = new AtomicLong();

  /** A channel on this mailbox. */
  public EmailChannel(MailServer server, Clock clock) {
    this.server = Objects.requireNonNull(server, "server");
    this.session = server.session();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public List<InboundMessage> poll() {
    try (Store store = session.getStore("imap")) {
      store.connect(server.imapHost(), server.imapPort(), server.user(), server.password());
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<InboundMessage> out = new ArrayList<>();
        for (Message m : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          try {
            out.add(convert((MimeMessage) m));
          } catch (MessagingException | IOException | RuntimeException malformed) {
            // one mail that does not parse must not stop the others; it stays unread for a person
            rejected.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "Skipped a mail that does not parse on " + server + ": " + malformed);
          }
        }
        return out;
      } finally {
        inbox.close(false);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read " + server + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void acknowledge(InboundMessage message, Receipt receipt) {
    try (Store store = session.getStore("imap")) {
      store.connect(server.imapHost(), server.imapPort(), server.user(), server.password());
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      for (Message m : inbox.search(new HeaderTerm("Message-ID", message.messageId()))) {
        m.setFlag(Flags.Flag.SEEN, true);
      }
      inbox.close(false);
      if (receipt.reply() != null) {
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(server.address()));
        reply.setRecipients(Message.RecipientType.TO, message.from());
        reply.setSubject("Re: " + (message.subject() == null ? "" : message.subject()), "UTF-8");
        reply.setHeader("In-Reply-To", message.messageId());
        reply.setText(receipt.reply(), "UTF-8");
        Transport.send(reply);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot acknowledge " + message.messageId() + " on " + server + ": "
          + e.getMessage(), e);
    }
  }

  /** Mails skipped because they do not parse. */
  public long rejected() {
    return rejected.get();
  }

  /** The message desk gets from a mail; a mail that does not parse is a {@link MessagingException} or {@link IOException}. */
  InboundMessage convert(MimeMessage m) throws MessagingException, IOException {
    Address[] from = m.getFrom();
    String sender = from == null || from.length == 0 ? "" : ((InternetAddress) from[0]).getAddress();
    StringBuilder text = new StringBuilder();
    List<InboundAttachment> files = new ArrayList<>();
    collect(m, text, files);
    String[] inReplyTo = m.getHeader("In-Reply-To");
    if (m.getMessageID() == null || sender.isEmpty()) {
      throw new MessagingException("a mail without a Message-ID or a sender");
    }
    return new InboundMessage(name(), m.getMessageID(), inReplyTo == null ? null : inReplyTo[0], sender, m.getSubject(),
        text.toString().strip(), files, m.getReceivedDate() == null ? clock.instant() : m.getReceivedDate().toInstant());
  }

  /** The plain text and the attached files of a part, however deeply nested. */
  private static void collect(Part part, StringBuilder text, List<InboundAttachment> files)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) part.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        BodyPart child = multi.getBodyPart(i);
        collect(child, text, files);
      }
    } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      try (var in = part.getInputStream()) {
        files.add(new InboundAttachment(part.getFileName() == null ? "attachment" : part.getFileName(),
            part.getContentType(), in.readAllBytes()));
      }
    } else if (part.isMimeType("text/plain")) {
      text.append(part.getContent()).append('\n');
    } else if (part.isMimeType("text/html") && text.isEmpty()) {
      text.append(part.getContent().toString().replaceAll("<[^>]+>", " ")).append('\n');
    }
  }
}
