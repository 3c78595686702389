package dev.desk.plugins.callback;

import dev.desk.plugins.internal.JsonPost;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a requester's phone notice into a call-back task in the contact centre's call queue (an
 * outbound dialer or an agents' work list): {@code POST <queue>} with a bearer token and
 * {@code {"idempotencyKey", "ticket", "phone", "reason", "subject", "script", "locale"}}. An agent
 * calls the requester and reads or tells the script: the question the specialist asks, or the
 * resolution. desk plans phone notices only for questions and resolutions (and a registration that
 * did not come by phone), so agents are not asked to call for every status change.
 *
 * <p>The queue drops a task whose key it has seen: a retry after a lost answer, or {@code 409
 * Conflict}, which counts as delivered.
 */
public final class CallbackTaskNotifier implements Notifier {

  private static final Set<Integer> ALREADY_QUEUED = Set.of(409);

  private final JsonPost queue;

  /** A notifier for the call queue at {@code queue}. */
  public CallbackTaskNotifier(URI queue, String token, Duration budget) {
    this.queue = new JsonPost(queue, token, budget);
  }

  @Override
  public String name() {
    return "callback-tasks";
  }

  /** Requesters' notices to a phone contact. */
  @Override
  public boolean accepts(OutboxEntry entry) {
    return entry.notification().recipientKind().equals("REQUESTER") && entry.notification().recipient().equals("PHONE")
        && entry.notification().resolvedTo() != null;
  }

  @Override
  public void deliver(OutboxEntry entry, Message message) throws IOException, InterruptedException {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("idempotencyKey", entry.key());
    task.put("ticket", entry.ticketNumber());
    task.put("phone", entry.notification().resolvedTo());
    task.put("reason", entry.notification().rule());
    task.put("subject", message.subject());
    task.put("script", message.body());
    task.put("locale", message.locale());
    queue.post(task, ALREADY_QUEUED);
  }

  @Override
  public Duration timeBudget() {
    return queue.budget();
  }
}
