package dev.desk.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.desk.spi.channel.InboundAttachment;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.testkit.ChannelContract;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook channel passes the channel compatibility suite and refuses what is not signed and fresh. */
final class WebhookChannelTest extends ChannelContract {

  private static final byte[] SECRET = "s3cret-shared-with-the-portal".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private WebhookChannel webhook;

  @Override
  protected InboundChannel newChannel() {
    webhook = new WebhookChannel("webhook", 0, SECRET, 64 * 1024, Duration.ofMinutes(5), Clock.systemUTC());
    return webhook;
  }

  @Override
  protected void send(InboundChannel channel, Outgoing m) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("messageId", m.messageId()).put("inReplyTo", m.inReplyTo())
        .put("from", m.from()).put("subject", m.subject()).put("text", m.text());
    var files = body.putArray("attachments");
    for (InboundAttachment a : m.attachments()) {
      files.addObject().put("fileName", a.fileName()).put("contentType", a.declaredType())
          .put("base64", Base64.getEncoder().encodeToString(a.content()));
    }
    HttpResponse<String> r = post(JSON.writeValueAsBytes(body), now(), true);
    assertEquals(200, r.statusCode(), r.body());
  }

  private static String now() {
    return Long.toString(System.currentTimeMillis() / 1000);
  }

  private HttpResponse<String> post(byte[] body, String timestamp, boolean signed) throws Exception {
    byte[] signature = WebhookChannel.sign(signed ? SECRET : "wrong".getBytes(StandardCharsets.UTF_8), timestamp, body);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/messages"))
        .header("X-Desk-Timestamp", timestamp)
        .header("X-Desk-Signature", "sha256=" + HexFormat.of().formatHex(signature))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] message(String id) {
    return ("{\"messageId\":\"" + id + "\",\"from\":\"ivanova@gkb1.example\",\"text\":\"Не открывается ЭМК\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBadSignatureIsRefusedBeforeDeskSeesIt() throws Exception {
    HttpResponse<String> r = post(message("<sig>"), now(), false);
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("bad X-Desk-Signature"), r.body());
  }

  @Test
  void anOldTimestampIsARefusedReplay() throws Exception {
    String anHourAgo = Long.toString(System.currentTimeMillis() / 1000 - 3600);
    HttpResponse<String> r = post(message("<old>"), anHourAgo, true);
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("stale"), r.body());
  }

  @Test
  void badJsonAndOversizedBodiesGetClearAnswers() throws Exception {
    HttpResponse<String> bad = post("{\"messageId\": 42".getBytes(StandardCharsets.UTF_8), now(), true);
    assertEquals(400, bad.statusCode(), bad.body());
    HttpResponse<String> missing = post("{\"text\":\"no id\"}".getBytes(StandardCharsets.UTF_8), now(), true);
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("messageId is required"), missing.body());
    HttpResponse<String> big = post(new byte[64 * 1024 + 1], now(), true);
    assertEquals(413, big.statusCode());
    HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port()
        + "/messages")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
  }

  @Test
  void aTakenMessageAnswersItsReceipt() throws Exception {
    HttpResponse<String> r = post(message("<ok>"), now(), true);
    assertEquals(200, r.statusCode());
    assertEquals("REGISTERED", JSON.readTree(r.body()).get("outcome").asText(), r.body());
  }

  @Test
  void slowClientsDoNotStarveSignedRequests() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) { // headers begun, never ended
        Socket s = new Socket("127.0.0.1", webhook.port());
        s.getOutputStream().write("POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Desk-Times".getBytes(
            StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      for (int i = 0; i < 8; i++) { // a body promised, a trickle sent
        Socket s = new Socket("127.0.0.1", webhook.port());
        s.getOutputStream().write(("POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
            + "X-Desk-Timestamp: " + now() + "\r\n\r\n{\"messa").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      for (int i = 0; i < 15; i++) { // each answered within a second, by the client's own time-out
        byte[] body = message("<busy-" + i + ">");
        String timestamp = now();
        byte[] signature = WebhookChannel.sign(SECRET, timestamp, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/messages"))
            .timeout(Duration.ofSeconds(1)).header("X-Desk-Timestamp", timestamp)
            .header("X-Desk-Signature", "sha256=" + HexFormat.of().formatHex(signature))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aClientTricklingHeadersIsCutOffAtTheHeaderDeadlineEvenWhenTheyOutnumberThePool() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < WebhookChannel.MAX_CONNECTIONS + 8; i++) { // more than the pool has threads
        Socket s = new Socket("127.0.0.1", webhook.port());
        s.getOutputStream().write("POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Desk-Times".getBytes(
            StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      Socket first = slow.get(0);
      // past the deadline and a margin the read fails with a time-out instead
      first.setSoTimeout((int) WebhookChannel.HEADER_DEADLINE.plusSeconds(2).toMillis());
      assertEquals(-1, first.getInputStream().read(), "closed by the server, not answered");

      byte[] body = message("<after-the-tricklers>");
      String timestamp = now();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/messages"))
          .timeout(Duration.ofSeconds(1)).header("X-Desk-Timestamp", timestamp)
          .header("X-Desk-Signature", "sha256=" + HexFormat.of().formatHex(WebhookChannel.sign(SECRET, timestamp, body)))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(),
          "answered within a second once the tricklers are cut off");
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }
}
