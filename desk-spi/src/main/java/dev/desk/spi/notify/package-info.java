/**
 * The notifier SDK: a {@link dev.desk.spi.notify.Notifier} delivers planned notifications (an
 * e-mail, an SMS, a webhook call) from the outbox; desk retries what fails and dead-letters what
 * keeps failing.
 */
package dev.desk.spi.notify;
