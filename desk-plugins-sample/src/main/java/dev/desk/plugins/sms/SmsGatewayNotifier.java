package dev.desk.plugins.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Sends requesters' notices to their phone numbers through an SMS gateway's HTTP API:
 * {@code POST <gateway>} with a bearer token and {@code {"to", "text", "idempotencyKey"}}. The key
 * is the outbox entry's, so the gateway drops a retry of a message it already sent. Anything but
 * a 2xx answer is a failed try (desk retries later); the token never appears in errors.
 */
public final class SmsGatewayNotifier implements Notifier {

  /** The longest text sent: three SMS segments in Cyrillic. */
  public static final int MAX_TEXT = 201;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI gateway;
  private final String token;
  private final Duration budget;
  private final HttpClient http;

  /** A notifier for the gateway at this address. */
  public SmsGatewayNotifier(URI gateway, String token, Duration budget) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.token = Objects.requireNonNull(token, "token");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.http = HttpClient.newBuilder().connectTimeout(budget).build();
  }

  @Override
  public String name() {
    return "sms-gateway";
  }

  /** Requesters' notices to a phone number. */
  @Override
  public boolean accepts(OutboxEntry entry) {
    return entry.notification().recipientKind().equals("REQUESTER") && entry.notification().recipient().equals("PHONE")
        && entry.notification().resolvedTo() != null;
  }

  @Override
  public void deliver(OutboxEntry entry, Message message) throws IOException, InterruptedException {
    String text = message.subject() + ". " + message.body();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT - 1) + "…";
    }
    byte[] body = JSON.writeValueAsBytes(Map.of("to", entry.notification().resolvedTo(), "text", text,
        "idempotencyKey", entry.key()));
    HttpRequest request = HttpRequest.newBuilder(gateway).timeout(budget)
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("the gateway answered " + response.statusCode());
    }
  }

  @Override
  public Duration timeBudget() {
    return budget;
  }
}
