/**
 * E-mail with Jakarta Mail: a channel that polls an IMAP mailbox (and answers senders by SMTP)
 * and a notifier that sends requesters' notices by SMTP. Written against desk-spi alone.
 */
package dev.desk.plugins.email;
