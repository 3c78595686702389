package dev.desk.plugins;

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
import java.util.List;

/**
 * The sample plugins as one {@link DeskPlugin}. Found by {@link java.util.ServiceLoader}, it reads
 * its settings from system properties and offers only what is configured:
 * {@code desk.webhook.port} and {@code desk.webhook.secret} for the webhook channel,
 * {@code desk.sms.gateway} and {@code desk.sms.token} for the SMS notifier.
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
    notifiers = gateway == null ? List.of() : List.of(new SmsGatewayNotifier(URI.create(gateway),
        System.getProperty("desk.sms.token", ""), Duration.ofSeconds(10)));
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
