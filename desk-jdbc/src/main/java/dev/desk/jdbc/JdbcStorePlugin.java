package dev.desk.jdbc;

import dev.desk.spi.DeskPlugin;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.TicketStoreFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offers {@link JdbcTicketStore} to plugin discovery as the store kind {@code jdbc}, with the
 * settings {@code url} (required), {@code user}, {@code password}, {@code migrate}
 * ({@code true}/{@code false}) and {@code poolSize}.
 */
public final class JdbcStorePlugin implements DeskPlugin {

  private static final Set<String> SETTINGS = Set.of("url", "user", "password", "migrate", "poolSize");

  @Override
  public String name() {
    return "jdbc-storage";
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
        return "jdbc";
      }

      @Override
      public TicketStore create(Map<String, String> settings) {
        Set<String> unknown = new HashSet<>(settings.keySet());
        unknown.removeAll(SETTINGS);
        if (!unknown.isEmpty() || !settings.containsKey("url")) {
          throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The jdbc store takes " + SETTINGS
              + " with url required; unknown: " + unknown);
        }
        JdbcTicketStore.Builder b = JdbcTicketStore.builder().url(settings.get("url"))
            .user(settings.get("user")).password(settings.get("password"))
            .migrate(!"false".equals(settings.get("migrate")));
        if (settings.containsKey("poolSize")) {
          try {
            b.poolSize(Integer.parseInt(settings.get("poolSize")));
          } catch (NumberFormatException e) {
            throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "poolSize must be a number: " + settings.get("poolSize"));
          }
        }
        return b.build();
      }
    });
  }
}
