package dev.desk.spi.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notification outbox a store keeps beside its tickets. Entries are written by {@link
 * TicketStore#commit} (those of {@link TicketCommit#outbox()}, same transaction); delivery claims them here.
 * A store offers it by implementing this interface too.
 *
 * <p>Claims are leases: a claimed entry is hidden from other claims until the lease ends, so one
 * node delivers it; a node that dies holding a lease lets it come back when the lease ends.
 */
public interface OutboxStore {

  /**
   * Leases up to {@code limit} pending entries due at {@code now}, earliest first, that nobody
   * else holds a lease on.
   */
  List<OutboxEntry> claim(Instant now, Duration lease, int limit);

  /** Records that a claimed entry was delivered. */
  void delivered(String key, Instant at);

  /**
   * Records that claimed entries were delivered, at once; a store with transactions writes them in
   * one. Until this returns, their leases keep them from others.
   */
  default void delivered(List<String> keys, Instant at) {
    keys.forEach(key -> delivered(key, at));
  }

  /**
   * Records a failed try: the entry waits until {@code nextAttemptAt}, or is dead when that is
   * {@code null}.
   */
  void failed(String key, int attempts, Instant nextAttemptAt, String error);

  /** The entry with this key. */
  Optional<OutboxEntry> outboxEntry(String key);

  /** Dead entries, oldest first. */
  List<OutboxEntry> deadLetters(int limit);

  /** Puts a dead entry back in line, due at {@code at}, with its tries counted from zero; false if it is not dead. */
  boolean requeue(String key, Instant at);
}
