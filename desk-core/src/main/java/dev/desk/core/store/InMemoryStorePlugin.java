package dev.desk.core.store;

import dev.desk.spi.DeskPlugin;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.TicketStoreFactory;
import java.util.List;
import java.util.Map;

/** Offers the in-memory store to plugin discovery as the store kind {@code memory}. */
public final class InMemoryStorePlugin implements DeskPlugin {

  @Override
  public String name() {
    return "memory-storage";
  }

  @Override
  public SpiVersion spiVersion() {
    return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
  }

  @Override
  public List<TicketStoreFactory> ticketStores() {
    return List.of(new TicketStoreFactory() {
      @Override
      public String name() {
        return "memory";
      }

      @Override
      public TicketStore create(Map<String, String> settings) {
        if (!settings.isEmpty()) {
          throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
              "The memory store takes no settings, got " + settings.keySet());
        }
        return new InMemoryTicketStore();
      }
    });
  }
}
