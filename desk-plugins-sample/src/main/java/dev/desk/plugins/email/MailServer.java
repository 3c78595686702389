package dev.desk.plugins.email;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Where the mail goes: an IMAP server for the desk's mailbox and an SMTP server to send through,
 * with the mailbox's credentials.
 *
 * @param imapHost the IMAP host
 * @param imapPort the IMAP port
 * @param smtpHost the SMTP host
 * @param smtpPort the SMTP port
 * @param address the desk's address ({@code support@clinic.example})
 * @param user the mailbox's login
 * @param password the mailbox's password; never logged
 */
public record MailServer(String imapHost, int imapPort, String smtpHost, int smtpPort, String address, String user,
    String password) {

  /** A mail session for these servers, with timeouts so a dead server never hangs a caller. */
  Session session() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", smtpHost);
    p.setProperty("mail.smtp.port", Integer.toString(smtpPort));
    p.setProperty("mail.imap.host", imapHost);
    p.setProperty("mail.imap.port", Integer.toString(imapPort));
    for (String protocol : new String[] {"smtp", "imap"}) {
      p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
      p.setProperty("mail." + protocol + ".timeout", "10000");
    }
    return Session.getInstance(p);
  }

  @Override
  public String toString() {
    return "MailServer[" + address + " imap " + imapHost + ":" + imapPort + " smtp " + smtpHost + ":" + smtpPort + "]";
  }
}
