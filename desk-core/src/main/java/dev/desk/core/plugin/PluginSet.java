package dev.desk.core.plugin;

import dev.desk.spi.DeskPlugin;
import dev.desk.spi.PluginContext;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.notify.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin instances a desk runs with, in the documented order: each registered plugin's
 * ready-made notifiers, classifiers and channels in registration order (explicit registrations,
 * then what discovery found), then the kinds the host enabled, made from their settings, in the
 * order enabled. Closing it closes the instances it made. Immutable.
 *
 * @param notifiers the notifiers, in order
 * @param classifiers the classifiers, in order
 * @param channels the inbound channels, in order
 * @param made the instances made from factories, to close with the desk
 */
public record PluginSet(List<Notifier> notifiers, List<UrgencyClassifier> classifiers, List<InboundChannel> channels,
    List<Object> made) implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PluginSet.class);

  /** Copies the lists. */
  public PluginSet {
    notifiers = List.copyOf(notifiers);
    classifiers = List.copyOf(classifiers);
    channels = List.copyOf(channels);
    made = List.copyOf(made);
  }

  /**
   * The instances of these plugins, and of the enabled kinds made with this context.
   *
   * @param enabled kind name to its settings, in the order enabled
   */
  public static PluginSet of(PluginRegistry registry, Map<String, Map<String, String>> enabled,
      PluginContext context) {
    List<Notifier> notifiers = new ArrayList<>();
    List<UrgencyClassifier> classifiers = new ArrayList<>();
    List<InboundChannel> channels = new ArrayList<>();
    List<Object> made = new ArrayList<>();
    for (DeskPlugin plugin : registry.plugins()) {
      notifiers.addAll(plugin.notifiers());
      classifiers.addAll(plugin.classifiers());
      channels.addAll(plugin.channels());
    }
    enabled.forEach((kind, settings) -> {
      Object plugin = registry.create(kind, settings, context);
      made.add(plugin);
      if (plugin instanceof Notifier n) {
        notifiers.add(n);
      } else if (plugin instanceof UrgencyClassifier c) {
        classifiers.add(c);
      } else if (plugin instanceof InboundChannel ch) {
        channels.add(ch);
      }
    });
    return new PluginSet(notifiers, classifiers, channels, made);
  }

  /** Closes the instances made from factories; a failure is logged, the others still close. */
  @Override
  public void close() {
    for (Object plugin : made) {
      if (plugin instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          LOG.warn("Plugin {} did not close cleanly", plugin.getClass().getName(), e);
        }
      }
    }
  }
}
