package dev.desk.plugins.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.desk.spi.channel.InboundAttachment;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.channel.InboundMessage;
import dev.desk.spi.channel.MessageSink;
import dev.desk.spi.channel.Receipt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Takes messages as signed JSON over HTTP: {@code POST /messages} with
 *
 * <pre>
 * X-Desk-Timestamp: 1763888400                         (seconds since the epoch)
 * X-Desk-Signature: sha256=&lt;hex HMAC-SHA256 of "timestamp.body" with the shared secret&gt;
 *
 * {"messageId": "...", "inReplyTo": null, "from": "ivanova@gkb1.example", "subject": "...",
 *  "text": "...", "attachments": [{"fileName": "scan.png", "contentType": "image/png",
 *  "base64": "..."}]}
 * </pre>
 *
 * <p>The signature is compared in constant time; a timestamp outside the replay window, a bad
 * signature, bad JSON and a body over the limit are refused with 401, 400 and 413, before desk
 * sees anything. A taken message answers 200 with its receipt as JSON (a duplicate too, so a
 * sender's retry is safe).
 *
 * <p>Slow clients cannot starve the others: requests run on a pool of its own of up to {@link
 * #MAX_CONNECTIONS} threads (the JDK server reads a request's headers on such a thread),
 * headers not read whole within {@link #HEADER_DEADLINE} and a body not read whole within
 * {@link #BODY_DEADLINE} are cut off, and a request that finds every thread busy is closed at
 * once. The JDK server has no header deadline of its own; the pool gives one: the thread reading
 * headers past it is interrupted, which closes its connection.
 */
public final class WebhookChannel implements InboundChannel {

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK server writes headers and body apart; without TCP_NODELAY each answer waits for the
    // client's delayed acknowledgement (about 40 ms). Read once, when the server classes load.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String name;
  private final int port;
  private final byte[] secret;
  private final int maxBodyBytes;
  private final Duration replayWindow;
  private final Clock clock;
  private volatile HttpServer server;
  private volatile ExecutorService workers;
  private volatile ScheduledExecutorService deadlines;

  /** Requests handled at once, at most. */
  public static final int MAX_CONNECTIONS = 32;
  /** How long a request's body may take to arrive. */
  public static final Duration BODY_DEADLINE = Duration.ofSeconds(5);
  /** How long a request's line and headers may take to arrive. */
  public static final Duration HEADER_DEADLINE = Duration.ofSeconds(5);
  /** A request's state on its thread: headers being read, handled, or cut off. */
  private static final ThreadLocal<AtomicInteger> REQUEST = new ThreadLocal<>();
  private static final int READING = 0;
  private static final int HANDLING = 1;
  private static final int CUT = 2;

  /**
   * A channel that will listen on 127.0.0.1.
   *
   * @param port the port, 0 for any free one (see {@link #port()})
   * @param secret the shared secret of the HMAC signature
   * @param maxBodyBytes the largest body taken
   * @param replayWindow how far a timestamp may be from now
   */
  public WebhookChannel(String name, int port, byte[] secret, int maxBodyBytes, Duration replayWindow, Clock clock) {
    this.name = Objects.requireNonNull(name, "name");
    this.port = port;
    this.secret = secret.clone();
    this.maxBodyBytes = maxBodyBytes;
    this.replayWindow = Objects.requireNonNull(replayWindow, "replayWindow");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return name;
  }

  /** The port it listens on, once started. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void start(MessageSink sink) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + port, e);
    }
    server.createContext("/messages", exchange -> {
      try (exchange) {
        AtomicInteger state = REQUEST.get();
        if (state == null || state.compareAndSet(READING, HANDLING)) {
          handle(exchange, sink);
        }
      }
    });
    AtomicInteger names = new AtomicInteger();
    workers = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "desk-webhook-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy()); // every thread busy: the server closes the connection
    deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "desk-webhook-deadlines");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(exchange -> workers.execute(() -> withHeaderDeadline(exchange)));
    server.start();
  }

  /**
   * Runs the JDK server's exchange (which reads the request line and headers, then calls the
   * handler) and interrupts it if the handler has not begun by {@link #HEADER_DEADLINE}: the read
   * blocked on the connection's channel then ends and the connection is closed.
   */
  private void withHeaderDeadline(Runnable exchange) {
    Thread reader = Thread.currentThread();
    AtomicInteger state = new AtomicInteger(READING);
    REQUEST.set(state);
    ScheduledFuture<?> cutOff = deadlines.schedule(() -> {
      if (state.compareAndSet(READING, CUT)) {
        reader.interrupt();
      }
    }, HEADER_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    try {
      exchange.run();
    } finally {
      cutOff.cancel(false);
      state.compareAndSet(READING, HANDLING); // a late deadline leaves this thread alone
      REQUEST.remove();
      Thread.interrupted(); // the pool's next request starts without it
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
      workers.shutdownNow();
      deadlines.shutdownNow();
    }
  }

  private void handle(HttpExchange exchange, MessageSink sink) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      answer(exchange, 405, error("use POST"));
      return;
    }
    // a body trickled slower than the deadline is cut off: closing the exchange ends the blocked read
    ScheduledFuture<?> cutOff = deadlines.schedule(exchange::close, BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    byte[] body;
    try {
      body = read(exchange.getRequestBody());
    } finally {
      cutOff.cancel(false);
    }
    if (body == null) {
      answer(exchange, 413, error("the body is larger than " + maxBodyBytes + " bytes"));
      return;
    }
    String timestamp = exchange.getRequestHeaders().getFirst("X-Desk-Timestamp");
    if (!fresh(timestamp)) {
      answer(exchange, 401, error("missing or stale X-Desk-Timestamp (window " + replayWindow + ")"));
      return;
    }
    if (!signed(timestamp, body, exchange.getRequestHeaders().getFirst("X-Desk-Signature"))) {
      answer(exchange, 401, error("bad X-Desk-Signature"));
      return;
    }
    InboundMessage message;
    try {
      message = message(JSON.readTree(body));
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      answer(exchange, 400, error("not a message: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage()
          : e.getMessage())));
      return;
    }
    answer(exchange, 200, receipt(sink.accept(message)));
  }

  /** The body, or {@code null} when it is over the limit. */
  private byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(maxBodyBytes + 1);
    return body.length > maxBodyBytes ? null : body;
  }

  private boolean fresh(String timestamp) {
    try {
      Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
      return Duration.between(at, clock.instant()).abs().compareTo(replayWindow) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private boolean signed(String timestamp, byte[] body, String header) {
    if (header == null || !header.startsWith("sha256=")) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring("sha256=".length()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(sign(secret, timestamp, body), given); // constant time
  }

  /** HMAC-SHA256 of {@code timestamp + "." + body}: what a sender puts in X-Desk-Signature, as hex. */
  public static byte[] sign(byte[] secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private InboundMessage message(JsonNode j) {
    List<InboundAttachment> files = new ArrayList<>();
    for (JsonNode a : j.path("attachments")) {
      files.add(new InboundAttachment(text(a, "fileName", true), text(a, "contentType", false),
          Base64.getDecoder().decode(text(a, "base64", true))));
    }
    return new InboundMessage(name, text(j, "messageId", true), text(j, "inReplyTo", false), text(j, "from", true),
        text(j, "subject", false), text(j, "text", false), files, clock.instant());
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException(field + " is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }

  private static ObjectNode receipt(Receipt r) {
    ObjectNode out = JSON.createObjectNode().put("outcome", r.outcome().name()).put("ticketNumber", r.ticketNumber())
        .put("reply", r.reply());
    ArrayNode missing = out.putArray("missingFacts");
    r.missingFacts().forEach(missing::add);
    ArrayNode refused = out.putArray("refusedAttachments");
    r.refusedAttachments().forEach(refused::add);
    return out;
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  private static void answer(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
