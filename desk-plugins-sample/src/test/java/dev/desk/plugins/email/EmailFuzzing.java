package dev.desk.plugins.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Properties;

/** The e-mail channel's parsing for the fuzz tests: a mail converts, or is a typed rejection. */
public final class EmailFuzzing {

  private static final EmailChannel CHANNEL = new EmailChannel(new MailServer("127.0.0.1", 1, "127.0.0.1", 1,
      "desk@desk.example", "desk", "pw"), Clock.systemUTC());

  private EmailFuzzing() {}

  /** Parses raw mail bytes; only MessagingException and IOException may come out. */
  public static void parseOrReject(byte[] raw) {
    try {
      CHANNEL.convert(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    } catch (MessagingException | IOException typedRejection) {
      // what a malformed mail is: the channel skips it and counts it
    }
  }
}
