package dev.desk.core.plugin;

import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.storage.TicketStoreFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins a host runs with. Explicit registration comes first; {@link #discover(ClassLoader)}
 * adds what {@link ServiceLoader} finds. Registering the same plugin class twice is a no-op; two
 * different plugins (or store kinds) with one name are an error, and so is a plugin built for an
 * SDK this one cannot run. Immutable once built; thread-safe.
 */
public final class PluginRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);

  private final Map<String, DeskPlugin> plugins;
  private final Map<String, TicketStoreFactory> stores;

  private PluginRegistry(Map<String, DeskPlugin> plugins, Map<String, TicketStoreFactory> stores) {
    this.plugins = Map.copyOf(plugins);
    this.stores = Map.copyOf(stores);
  }

  /** A builder for a registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every registered plugin. */
  public Collection<DeskPlugin> plugins() {
    return List.copyOf(plugins.values());
  }

  /** Every urgency classifier the plugins offer, in registration order. */
  public List<UrgencyClassifier> classifiers() {
    return plugins.values().stream().flatMap(p -> p.classifiers().stream()).toList();
  }

  /**
   * The built-in classification with these rules, and every classifier of the plugins voting
   * with it or replacing it, as each declares.
   */
  public UrgencyClassification classification(UrgencyRules rules) {
    return UrgencyClassification.of(rules, classifiers());
  }

  /** Every inbound channel the plugins offer, in registration order. */
  public List<InboundChannel> channels() {
    return plugins.values().stream().flatMap(p -> p.channels().stream()).toList();
  }

  /** Every notifier the plugins offer, in registration order. */
  public List<Notifier> notifiers() {
    return plugins.values().stream().flatMap(p -> p.notifiers().stream()).toList();
  }

  /** The names of every store kind offered. */
  public List<String> storeKinds() {
    return stores.keySet().stream().sorted().toList();
  }

  /**
   * A new store of the named kind.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} for an unknown kind, naming the known ones
   */
  public TicketStore createStore(String kind, Map<String, String> settings) {
    TicketStoreFactory factory = stores.get(kind);
    if (factory == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
          "No store kind " + kind + "; known: " + storeKinds());
    }
    return factory.create(Map.copyOf(settings));
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Map<String, DeskPlugin> plugins = new LinkedHashMap<>();

    private Builder() {}

    /** Registers a plugin; throws {@code PLUGIN_FAILURE} when it cannot run here. */
    public Builder register(DeskPlugin plugin) {
      String name = plugin.name();
      DeskPlugin existing = plugins.get(name);
      if (existing != null) {
        if (existing.getClass() == plugin.getClass()) {
          return this;
        }
        throw new DeskException(ErrorCode.PLUGIN_FAILURE, "Two plugins are named " + name + ": "
            + existing.getClass().getName() + " and " + plugin.getClass().getName());
      }
      SpiVersion built = plugin.spiVersion();
      if (!built.runsOn(SpiVersion.CURRENT)) {
        throw new DeskException(ErrorCode.PLUGIN_FAILURE, "Plugin " + name + " ("
            + plugin.getClass().getName() + ") was built for SDK " + built + " and cannot run on SDK "
            + SpiVersion.CURRENT + "; use a build of it for SDK " + SpiVersion.MAJOR + ".x");
      }
      plugins.put(name, plugin);
      LOG.info("Registered plugin {} ({}, SDK {})", name, plugin.getClass().getName(), built);
      return this;
    }

    /** Registers every plugin {@link ServiceLoader} finds through the class loader. */
    public Builder discover(ClassLoader loader) {
      List<DeskPlugin> found = new ArrayList<>();
      ServiceLoader.load(DeskPlugin.class, loader).forEach(found::add);
      LOG.info("Plugin discovery found {} plugin(s)", found.size());
      found.forEach(this::register);
      return this;
    }

    /** The registry; throws {@code PLUGIN_FAILURE} when two plugins offer one store kind. */
    public PluginRegistry build() {
      Map<String, TicketStoreFactory> stores = new LinkedHashMap<>();
      Map<String, String> offeredBy = new LinkedHashMap<>();
      for (DeskPlugin plugin : plugins.values()) {
        for (TicketStoreFactory factory : plugin.ticketStores()) {
          String previous = offeredBy.putIfAbsent(factory.name(), plugin.name());
          if (previous != null) {
            throw new DeskException(ErrorCode.PLUGIN_FAILURE, "Store kind " + factory.name()
                + " is offered by both " + previous + " and " + plugin.name());
          }
          stores.put(factory.name(), factory);
        }
      }
      return new PluginRegistry(plugins, stores);
    }
  }
}
