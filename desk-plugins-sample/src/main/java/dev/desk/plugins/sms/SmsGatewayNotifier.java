package dev.desk.plugins.sms;

import dev.desk.plugins.internal.JsonPost;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Sends requesters' notices to their SMS numbers through an SMS gateway's HTTP API:
 * {@code POST <gateway>} with a bearer token and {@code {"to", "text", "idempotencyKey"}}. The key
 * is the outbox entry's, so the gateway drops a retry of a message it already sent. Anything but
 * a 2xx answer is a failed try (desk retries later); the token never appears in errors.
 */
public final class SmsGatewayNotifier implements Notifier {

  /** The longest text sent: three SMS segments in Cyrillic. */
  public static final int MAX_TEXT = 201;

  private final JsonPost gateway;

  /** A notifier for the gateway at this address. */
  public SmsGatewayNotifier(URI gateway, String token, Duration budget) {
    this.gateway = new JsonPost(gateway, token, budget);
  }

  @Override
  public String name() {
    return "sms-gateway";
  }

  /** Requesters' notices to an SMS contact. */
  @Override
  public boolean accepts(OutboxEntry entry) {
    return entry.notification().recipientKind().equals("REQUESTER") && entry.notification().recipient().equals("SMS")
        && entry.notification().resolvedTo() != null;
  }

  @Override
  public void deliver(OutboxEntry entry, Message message) throws IOException, InterruptedException {
    String text = message.subject() + ". " + message.body();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT - 1) + "…";
    }
    gateway.post(Map.of("to", entry.notification().resolvedTo(), "text", text, "idempotencyKey", entry.key()), Set.of());
  }

  @Override
  public Duration timeBudget() {
    return gateway.budget();
  }
}
