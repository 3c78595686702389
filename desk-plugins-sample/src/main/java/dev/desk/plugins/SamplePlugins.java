package dev.desk.plugins;

import dev.desk.plugins.callback.CallbackTaskNotifier;
import dev.desk.plugins.sms.SmsGatewayNotifier;
import dev.desk.plugins.webhook.WebhookChannel;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.PluginContext;
import dev.desk.spi.PluginFactory;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.notify.Notifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The sample plugins as one {@link DeskPlugin}, found by {@link java.util.ServiceLoader}. It offers
 * nothing ready-made: a host enables each kind by name with its settings ({@code
 * Desk.Builder.plugin("sms-gateway", Map.of("url", ..., "token", ...))}), and the kind is made with
 * desk's clock and threads:
 *
 * <ul>
 *   <li>{@code webhook-channel}: {@code port}, {@code secret}, optional {@code max-body-bytes} and
 *       {@code replay-window} (ISO-8601, such as {@code PT5M});
 *   <li>{@code sms-gateway}: {@code url}, optional {@code token} and {@code budget};
 *   <li>{@code callback-queue}: {@code url}, optional {@code token} and {@code budget}.
 * </ul>
 */
public final class SamplePlugins implements DeskPlugin {

  @Override
  public String name() {
    return "sample-plugins";
  }

  @Override
  public SpiVersion spiVersion() {
    return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
  }

  @Override
  public List<PluginFactory<InboundChannel>> channelFactories() {
    return List.of(factory("webhook-channel", Map.of(
        "port", "the TCP port to listen on",
        "secret", "the shared secret senders sign their bodies with",
        "max-body-bytes", "the largest body accepted (default 5242880)",
        "replay-window", "how old a signed request may be (default PT5M)"),
        (s, context) -> new WebhookChannel("webhook", integer(s, "port", null),
            required(s, "secret").getBytes(StandardCharsets.UTF_8), integer(s, "max-body-bytes", 5 * 1024 * 1024),
            duration(s, "replay-window", Duration.ofMinutes(5)), context.clock())));
  }

  @Override
  public List<PluginFactory<Notifier>> notifierFactories() {
    return List.of(
        factory("sms-gateway", Map.of("url", "the gateway's HTTP endpoint", "token", "its bearer token",
            "budget", "how long one message may take (default PT10S)"),
            (s, context) -> new SmsGatewayNotifier(URI.create(required(s, "url")), s.getOrDefault("token", ""),
                duration(s, "budget", Duration.ofSeconds(10)))),
        factory("callback-queue", Map.of("url", "the call queue's HTTP endpoint", "token", "its bearer token",
            "budget", "how long one task may take (default PT10S)"),
            (s, context) -> new CallbackTaskNotifier(URI.create(required(s, "url")), s.getOrDefault("token", ""),
                duration(s, "budget", Duration.ofSeconds(10)))));
  }

  private static <T> PluginFactory<T> factory(String name, Map<String, String> settings,
      BiFunction<Map<String, String>, PluginContext, T> make) {
    Map<String, String> described = new LinkedHashMap<>(settings);
    return new PluginFactory<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Map<String, String> settings() {
        return described;
      }

      @Override
      public T create(Map<String, String> values, PluginContext context) {
        return make.apply(values, context);
      }
    };
  }

  private static String required(Map<String, String> s, String key) {
    String value = s.get(key);
    if (value == null || value.isBlank()) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "the setting " + key + " is required");
    }
    return value;
  }

  private static int integer(Map<String, String> s, String key, Integer fallback) {
    String value = fallback == null ? required(s, key) : s.get(key);
    try {
      return value == null ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "the setting " + key + " is a whole number, not "
          + value);
    }
  }

  private static Duration duration(Map<String, String> s, String key, Duration fallback) {
    String value = s.get(key);
    try {
      return value == null ? fallback : Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "the setting " + key
          + " is an ISO-8601 duration such as PT10S, not " + value);
    }
  }
}
