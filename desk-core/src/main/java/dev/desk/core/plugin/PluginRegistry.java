package dev.desk.core.plugin;

import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.classify.UrgencyRules;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.PluginContext;
import dev.desk.spi.PluginFactory;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
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
    this.plugins = Collections.unmodifiableMap(new LinkedHashMap<>(plugins)); // keeps the order
    this.stores = Map.copyOf(stores);
  }

  /** A builder for a registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every registered plugin, in registration order (explicit registrations first, then what discovery found). */
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

  /**
   * Makes the plugin kind of this name with its settings and desk's context: a notifier, a
   * channel or a classifier, whichever kind of factory bears the name.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} for a name no plugin makes, naming the known ones,
   *     or for a setting the kind does not read
   */
  public Object create(String kind, Map<String, String> settings, PluginContext context) {
    PluginFactory<?> factory = factories().get(kind);
    if (factory == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "No plugin makes " + kind + "; known: "
          + factories().keySet().stream().sorted().toList());
    }
    List<String> unknown = settings.keySet().stream().filter(k -> !factory.settings().containsKey(k)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Plugin kind " + kind + " reads no setting "
          + unknown + "; it reads " + factory.settings().keySet().stream().sorted().toList());
    }
    Object made = factory.create(Map.copyOf(settings), context);
    LOG.info("Made plugin {} with settings {}", kind, settings.keySet().stream().sorted().toList());
    return made;
  }

  /** Every factory of every plugin, by kind name, in registration order. */
  public Map<String, PluginFactory<?>> factories() {
    Map<String, PluginFactory<?>> out = new LinkedHashMap<>();
    for (DeskPlugin p : plugins.values()) {
      Stream.of(p.notifierFactories(), p.channelFactories(), p.classifierFactories()).flatMap(List::stream)
          .forEach(f -> out.putIfAbsent(f.name(), f));
    }
    return out;
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
      Map<String, String> madeBy = new LinkedHashMap<>();
      for (DeskPlugin plugin : plugins.values()) {
        Stream.of(plugin.notifierFactories(), plugin.channelFactories(), plugin.classifierFactories())
            .flatMap(List::stream).forEach(f -> {
              String previous = madeBy.putIfAbsent(f.name(), plugin.name());
              if (previous != null) {
                throw new DeskException(ErrorCode.PLUGIN_FAILURE, "Plugin kind " + f.name() + " is made by both "
                    + previous + " and " + plugin.name());
              }
            });
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
