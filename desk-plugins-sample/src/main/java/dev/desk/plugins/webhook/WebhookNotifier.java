package dev.desk.plugins.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Posts notifications to another system's webhook as JSON, signed the same way the webhook
 * channel checks signatures ({@code X-Desk-Timestamp}, {@code X-Desk-Signature: sha256=...} over
 * {@code timestamp.body}), with the outbox key as {@code idempotencyKey}. Anything but a 2xx
 * answer is a failed try; the secret never appears in errors.
 */
public final class WebhookNotifier implements Notifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI target;
  private final byte[] secret;
  private final Predicate<OutboxEntry> which;
  private final Duration budget;
  private final Clock clock;
  private final HttpClient http;

  /**
   * A notifier posting to {@code target} the entries {@code which} selects.
   *
   * @param secret the shared secret of the signature
   */
  public WebhookNotifier(URI target, byte[] secret, Predicate<OutboxEntry> which, Duration budget, Clock clock) {
    this.target = Objects.requireNonNull(target, "target");
    this.secret = secret.clone();
    this.which = Objects.requireNonNull(which, "which");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http = HttpClient.newBuilder().connectTimeout(budget).build();
  }

  @Override
  public String name() {
    return "webhook-out";
  }

  @Override
  public boolean accepts(OutboxEntry entry) {
    return which.test(entry);
  }

  @Override
  public void deliver(OutboxEntry entry, Message message) throws IOException, InterruptedException {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("idempotencyKey", entry.key());
    payload.put("ticket", entry.ticketNumber());
    payload.put("event", entry.notification().rule());
    payload.put("recipient", entry.notification().resolvedTo());
    payload.put("subject", message.subject());
    payload.put("body", message.body());
    payload.put("locale", message.locale());
    byte[] body = JSON.writeValueAsBytes(payload);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(target).timeout(budget).header("Content-Type", "application/json")
        .header("X-Desk-Timestamp", timestamp)
        .header("X-Desk-Signature", "sha256=" + HexFormat.of().formatHex(WebhookChannel.sign(secret, timestamp, body)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status / 100 != 2) {
      throw new IOException("the webhook answered " + status);
    }
  }

  @Override
  public Duration timeBudget() {
    return budget;
  }
}
