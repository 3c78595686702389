package dev.desk.spi;

import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.TicketStoreFactory;
import java.util.List;

/**
 * The one entry point of a plugin, found through {@link java.util.ServiceLoader} or registered
 * explicitly. Every extension method defaults to "contributes nothing", so a new kind of
 * extension never breaks an existing plugin.
 *
 * <p>Implementations must have a public no-argument constructor and be thread-safe.
 */
public interface DeskPlugin {

  /** A unique, stable name such as {@code "jdbc-storage"}; two plugins with one name are an error. */
  String name();

  /**
   * The SDK version this plugin was compiled against; implement it as
   * {@code return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);}. A plugin whose version
   * does not {@linkplain SpiVersion#runsOn run on} the SDK present is refused at start.
   */
  SpiVersion spiVersion();

  /** Ticket stores this plugin offers. */
  default List<TicketStoreFactory> ticketStores() {
    return List.of();
  }

  /**
   * Kinds of notifier this plugin makes from settings; a host enables one by name
   * ({@code Desk.Builder.plugin(name, settings)}).
   */
  default List<PluginFactory<Notifier>> notifierFactories() {
    return List.of();
  }

  /** Kinds of inbound channel this plugin makes from settings. */
  default List<PluginFactory<InboundChannel>> channelFactories() {
    return List.of();
  }

  /** Kinds of urgency classifier this plugin makes from settings. */
  default List<PluginFactory<UrgencyClassifier>> classifierFactories() {
    return List.of();
  }

  /** Urgency classifiers this plugin offers ready-made, to replace or vote with the built-in one. */
  default List<UrgencyClassifier> classifiers() {
    return List.of();
  }

  /** Notifiers this plugin offers ready-made, to deliver notifications from the outbox. */
  default List<Notifier> notifiers() {
    return List.of();
  }

  /** Inbound channels this plugin offers ready-made. */
  default List<InboundChannel> channels() {
    return List.of();
  }
}
