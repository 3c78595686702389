package dev.desk.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.desk.core.Desk;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The outbound webhook posts signed JSON that the receiving side can check. */
final class WebhookNotifierTest {

  private static final byte[] SECRET = "shared-with-the-portal".getBytes(StandardCharsets.UTF_8);

  @Test
  void aNoticeIsPostedSignedWithItsKey() throws Exception {
    List<byte[]> bodies = new CopyOnWriteArrayList<>();
    List<String[]> headers = new CopyOnWriteArrayList<>();
    HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    portal.createContext("/hook", exchange -> {
      try (exchange) {
        bodies.add(exchange.getRequestBody().readAllBytes());
        headers.add(new String[] {exchange.getRequestHeaders().getFirst("X-Desk-Timestamp"),
            exchange.getRequestHeaders().getFirst("X-Desk-Signature")});
        exchange.sendResponseHeaders(204, -1);
      }
    });
    portal.start();
    try {
      FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
      WebhookNotifier hook = new WebhookNotifier(URI.create("http://127.0.0.1:" + portal.getAddress().getPort()
          + "/hook"), SECRET, entry -> true, Duration.ofSeconds(5), clock);
      Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
          .notifyPeople(true).notifications(NotificationDelivery.builder().notifier(hook).build()).build();
      desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket()
          .contact(ContactKind.EMAIL, "ivanova@gkb1.example").noticesBy(ContactKind.EMAIL).build());
      assertEquals(1, desk.deliverNotifications().delivered());

      JsonNode sent = new ObjectMapper().readTree(bodies.get(0));
      assertEquals("REGISTERED", sent.get("event").asText());
      assertEquals("DESK-2026-000001", sent.get("ticket").asText());
      String timestamp = headers.get(0)[0];
      assertEquals(Long.toString(clock.instant().getEpochSecond()), timestamp);
      assertArrayEquals(WebhookChannel.sign(SECRET, timestamp, bodies.get(0)),
          HexFormat.of().parseHex(headers.get(0)[1].substring("sha256=".length())), "a receiver can check it");
    } finally {
      portal.stop(0);
    }
  }
}
