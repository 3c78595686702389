package dev.desk.bench;

import dev.desk.core.Desk;
import dev.desk.core.channel.Inbox;
import dev.desk.core.channel.Sender;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.plugins.webhook.WebhookChannel;
import dev.desk.spi.storage.TicketStore;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import dev.desk.testkit.SlaClockFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Valid, signed webhook requests from a local load generator (8 threads of the JDK HTTP client),
 * each registering a ticket (validated, classified, two SLA clocks, journal) committed before the
 * answer. Target: at least 2,000 requests per second with registrations on an H2 file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class WebhookBenchmark {

  private static final byte[] SECRET = "bench-secret".getBytes(StandardCharsets.UTF_8);

  /** Where tickets go: {@code h2} (a file) or {@code memory}. */
  @Param({"h2", "memory"})
  public String db;

  private TicketStore store;
  private ScratchH2 h2;
  private WebhookChannel webhook;
  private HttpClient http;
  private URI uri;
  private final AtomicLong ids = new AtomicLong();

  /** The desk, its inbox and the webhook on a free port. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    if (db.equals("memory")) {
      store = new InMemoryTicketStore();
    } else {
      h2 = new ScratchH2("desk-webhook");
      store = JdbcTicketStore.builder().url(h2.url("")).build();
    }
    Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
        .directory(Fixtures.directory()).slaPolicies(SlaClockFixtures.POLICIES).build();
    Inbox inbox = Inbox.builder(desk, Fixtures.directory()).category(Fixtures.EMR.id())
        .senders(address -> Optional.of(new Sender("ivanova", "Иванова Анна Петровна", Fixtures.HOSPITAL.id())))
        .build();
    webhook = new WebhookChannel("webhook", 0, SECRET, 1 << 20, Duration.ofMinutes(5), Clock.systemUTC());
    webhook.start(inbox);
    http = HttpClient.newHttpClient();
    uri = URI.create("http://127.0.0.1:" + webhook.port() + "/messages");
  }

  /** One signed request; fails unless the ticket was registered. */
  @Benchmark
  public int post() throws Exception {
    byte[] body = ("{\"messageId\":\"<" + ids.incrementAndGet() + "@bench>\",\"from\":\"ivanova@gkb1.example\","
        + "\"subject\":\"Не открывается ЭМК\",\"text\":\"Ошибка 500 при открытии карты пациента в приёмном\"}")
        .getBytes(StandardCharsets.UTF_8);
    String now = Long.toString(System.currentTimeMillis() / 1000);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("X-Desk-Timestamp", now)
        .header("X-Desk-Signature", "sha256=" + HexFormat.of().formatHex(WebhookChannel.sign(SECRET, now, body)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || !r.body().contains("REGISTERED")) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return r.statusCode();
  }

  /** Stops the webhook and closes the store. */
  @TearDown(Level.Trial)
  public void close() throws Exception {
    webhook.stop();
    store.close();
    if (h2 != null) {
      h2.close();
    }
  }
}
