package dev.desk.spi.notify;

import dev.desk.spi.storage.OutboxEntry;
import java.time.Duration;

/**
 * Delivers notifications from the outbox through a medium. desk calls it with a time budget; a
 * notifier that throws or runs over is recorded, and the notification is tried again later with
 * growing pauses, then dead-lettered. Implementations must be thread-safe, and receivers should
 * drop an {@link OutboxEntry#key()} they have seen: a retry after a lost answer repeats it.
 */
public interface Notifier {

  /** A unique, stable name. */
  String name();

  /** Whether it delivers this entry (by recipient kind, recipient, rule ...). */
  boolean accepts(OutboxEntry entry);

  /**
   * Delivers the entry; returns normally only when delivered.
   *
   * @param entry what to deliver, to whom ({@code entry.notification().resolvedTo()}: a person's id,
   *     a group, or the requester's address), with its idempotency key
   * @param message its words
   * @throws Exception when it could not deliver; the message is recorded (keep secrets out of it)
   */
  void deliver(OutboxEntry entry, Message message) throws Exception;

  /** How long one delivery may take before desk stops waiting. */
  default Duration timeBudget() {
    return Duration.ofSeconds(10);
  }
}
