package dev.desk.plugins.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.desk.plugins.email.EmailFuzzing;
import dev.desk.plugins.webhook.WebhookChannel;
import dev.desk.spi.channel.Receipt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzing of what comes from outside: signed webhook bodies and raw MIME mails, random and
 * half-valid. Nothing may escape but the typed rejection (a 4xx answer, a MessagingException).
 * CI runs a short round; {@code mvn -Pfuzz verify} (or {@code -Ddesk.fuzz.examples=N}) a long one.
 */
final class ParsingFuzzProperties {

  private static final int EXAMPLES = Integer.getInteger("desk.fuzz.examples", 300);
  private static final byte[] SECRET = "fuzz".getBytes(StandardCharsets.UTF_8);

  /** JSON-ish text: fragments of valid messages glued at random with arbitrary characters. */
  private static Gen<String> jsonish() {
    Gen<String> piece = Generate.pick(List.of("{", "}", "[", "]", ",", ":", "\"messageId\"", "\"from\"", "\"text\"",
        "\"attachments\"", "\"base64\"", "\"fileName\"", "\"x\"", "null", "42", "true", "\"\\u0000\"", "\"=====\""))
        .mix(strings().allPossible().ofLengthBetween(0, 5), 30);
    return lists().of(piece).ofSizeBetween(0, 40).map(parts -> String.join("", parts));
  }

  @Test
  void signedWebhookBodiesGetAnAnswerAndNeverAServerError() throws Exception {
    WebhookChannel webhook = new WebhookChannel("webhook", 0, SECRET, 16 * 1024, Duration.ofMinutes(5),
        Clock.systemUTC());
    webhook.start(message -> new Receipt(Receipt.Outcome.REFUSED, null, List.of(), List.of(), null));
    HttpClient http = HttpClient.newHttpClient();
    try {
      qt().withExamples(EXAMPLES).forAll(jsonish()).checkAssert(body -> {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/messages"))
            .header("X-Desk-Timestamp", now)
            .header("X-Desk-Signature", "sha256=" + HexFormat.of().formatHex(WebhookChannel.sign(SECRET, now, bytes)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
          int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          assertTrue(status == 200 || status == 400 || status == 413, "status " + status + " for " + body);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
    } finally {
      webhook.stop();
    }
  }

  /** Mail-ish bytes: headers and MIME boundaries in random order with random content. */
  private static Gen<byte[]> mails() {
    Gen<String> line = Generate.pick(List.of("From: a@b.example", "Message-ID: <x@y>", "Subject: =?UTF-8?B?0J/RgNC40LLQtdGC?=",
        "In-Reply-To: <z@y>", "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"b\"", "--b", "--b--",
        "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "Content-Disposition: attachment;"
            + " filename=\"a.png\"", "", "iVBORw0KGgo=", "Привет", "=?=", "Content-Type: text/html", "<p>x</p>"))
        .mix(strings().allPossible().ofLengthBetween(0, 20), 30);
    return lists().of(line).ofSizeBetween(0, 30).zip(integers().between(0, 1), (lines, crlf) ->
        String.join(crlf == 1 ? "\r\n" : "\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rawMailsParseOrAreRejectedWithATypedError() {
    qt().withExamples(EXAMPLES).forAll(mails()).checkAssert(raw -> EmailFuzzing.parseOrReject(raw));
  }
}
