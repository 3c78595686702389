package dev.desk.core.engine;

import dev.desk.spi.storage.CounterChange;
import dev.desk.spi.storage.InboundKey;
import dev.desk.spi.storage.OutboxEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an intent's events ask of the store beyond the journal, collected by the features. Not thread-safe. */
public final class Effects {

  private final List<OutboxEntry> outbox = new ArrayList<>();
  private final List<InboundKey> inbound = new ArrayList<>();
  /** Made at the first move: most intents move none. */
  private Map<String, CounterChange> counters = Map.of();

  Effects() {}

  /** A notification to deliver after the commit. */
  public void outbox(OutboxEntry entry) {
    outbox.add(entry);
  }

  /** A message the commit answers; the same key twice fails the commit. */
  public void inbound(InboundKey key) {
    inbound.add(key);
  }

  /** A counter the commit moves; two moves of one counter add up, and the lower ceiling holds. */
  public void counter(CounterChange change) {
    if (counters.isEmpty()) {
      counters = new LinkedHashMap<>();
    }
    counters.merge(change.name(), change, (a, b) -> new CounterChange(a.name(), a.delta() + b.delta(),
        a.ceiling() == null ? b.ceiling() : b.ceiling() == null ? a.ceiling() : Math.min(a.ceiling(), b.ceiling())));
  }

  Collection<CounterChange> counters() {
    return counters.values();
  }

  List<OutboxEntry> outbox() {
    return outbox;
  }

  List<InboundKey> inbound() {
    return inbound;
  }
}
