package dev.desk.spi;

import java.util.Map;

/**
 * Makes one kind of plugin instance (a notifier, a channel, a classifier) from its settings and
 * desk's {@link PluginContext}: a host enables a kind by name and gives its settings, and never
 * configures a plugin through system properties. The instance is closed with desk when it is
 * {@link AutoCloseable}.
 *
 * @param <T> what it makes
 */
public interface PluginFactory<T> {

  /** The kind's unique name, such as {@code "sms-gateway"}. */
  String name();

  /** The settings the kind reads, each with what it means; for listings and for refusing unknown keys. */
  Map<String, String> settings();

  /**
   * A new instance.
   *
   * @param settings the kind's settings; a missing required key or an unknown one is an error
   * @throws dev.desk.spi.error.DeskException with {@code CONFIGURATION_INVALID} naming each bad setting
   */
  T create(Map<String, String> settings, PluginContext context);
}
