package dev.desk.core.engine;

import dev.desk.spi.storage.InboundKey;
import dev.desk.spi.storage.OutboxEntry;
import java.util.ArrayList;
import java.util.List;

/** What an intent's events ask of the store beyond the journal, collected by the features. Not thread-safe. */
public final class Effects {

  private final List<OutboxEntry> outbox = new ArrayList<>();
  private final List<InboundKey> inbound = new ArrayList<>();

  Effects() {}

  /** A notification to deliver after the commit. */
  public void outbox(OutboxEntry entry) {
    outbox.add(entry);
  }

  /** A message the commit answers; the same key twice fails the commit. */
  public void inbound(InboundKey key) {
    inbound.add(key);
  }

  List<OutboxEntry> outbox() {
    return outbox;
  }

  List<InboundKey> inbound() {
    return inbound;
  }
}
