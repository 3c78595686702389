package dev.desk.plugins;

import dev.desk.plugins.callback.CallbackTaskNotifier;
import dev.desk.plugins.sms.SmsGatewayNotifier;
import dev.desk.plugins.webhook.WebhookChannel;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.notify.Notifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample plugins as one {@link DeskPlugin}. Found by {@link java.util.ServiceLoader}, it reads
 * its settings from system properties and offers only what is configured:
 * {@code desk.webhook.port} and {@code desk.webhook.secret} for the webhook channel,
 * {@code desk.sms.gateway} and {@code desk.sms.token} for the SMS notifier,
 * {@code desk.callback.queue} and {@code desk.callback.token} for call-back tasks.
 */
public final class SamplePlugins implements DeskPlugin {

  private final List<InboundChannel> channels;
  private final List<Notifier> notifiers;

  /** The plugins the system properties configure. */
  public SamplePlugins() {
    String secret = System.getProperty("desk.webhook.secret");
    String gateway = System.getProperty("desk.sms.gateway");
    channels = secret == null ? List.of() : List.of(new WebhookChannel("webhook",
        Integer.getInteger("desk.webhook.port", 8085), secret.getBytes(StandardCharsets.UTF_8), 5 * 1024 * 1024,
        Duration.ofMinutes(5), Clock.systemUTC()));
    String callQueue = System.getProperty("desk.callback.queue");
    List<Notifier> configured = new ArrayList<>();
    if (gateway != null) {
      configured.add(new SmsGatewayNotifier(URI.create(gateway), System.getProperty("desk.sms.token", ""),
          Duration.ofSeconds(10)));
    }
    if (callQueue != null) {
      configured.add(new CallbackTaskNotifier(URI.create(callQueue), System.getProperty("desk.callback.token", ""),
          Duration.ofSeconds(10)));
    }
    notifiers = List.copyOf(configured);
  }

  @Override
  public String name() {
    return "sample-plugins";
  }

  @Override
  public SpiVersion spiVersion() {
    return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
  }

  @Override
  public List<InboundChannel> channels() {
    return channels;
  }

  @Override
  public List<Notifier> notifiers() {
    return notifiers;
  }
}
