package dev.desk.plugins.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Posts JSON to an HTTP API with a bearer token, within a time budget: what the SMS gateway and
 * the call-back queue notifiers share. Anything but a 2xx answer (or one the caller counts as
 * done) is an {@link IOException}, so desk retries later; the token never appears in errors.
 */
public final class JsonPost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI target;
  private final String token;
  private final Duration budget;
  private final HttpClient http;

  /** Posts to {@code target} with {@code token}, each call within {@code budget}. */
  public JsonPost(URI target, String token, Duration budget) {
    this.target = Objects.requireNonNull(target, "target");
    this.token = Objects.requireNonNull(token, "token");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.http = HttpClient.newBuilder().connectTimeout(budget).build();
  }

  /**
   * Posts {@code payload}; returns the status when it is 2xx or one of {@code alsoDone}.
   *
   * @throws IOException for any other answer, or when the server cannot be reached in time
   */
  public int post(Map<String, ?> payload, Set<Integer> alsoDone) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(target).timeout(budget)
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(payload))).build();
    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status / 100 != 2 && !alsoDone.contains(status)) {
      throw new IOException(target.getHost() + " answered " + status);
    }
    return status;
  }

  /** The time budget of one call. */
  public Duration budget() {
    return budget;
  }
}
