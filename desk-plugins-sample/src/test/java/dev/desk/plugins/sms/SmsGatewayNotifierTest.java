package dev.desk.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.desk.core.Desk;
import dev.desk.core.notify.DeliveryReport;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS notifier against a local server that records what the gateway would get. */
final class SmsGatewayNotifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private HttpServer gateway;

  @BeforeEach
  void startGateway() throws Exception {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext("/sms", exchange -> {
      try (exchange) {
        tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
        received.add(JSON.readTree(exchange.getRequestBody()));
        exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 202, -1);
      }
    });
    gateway.start();
  }

  @AfterEach
  void stopGateway() {
    gateway.stop(0);
  }

  @Test
  void theRequesterGetsTheNumberBySmsAndARetryKeepsItsKey() {
    failuresLeft.set(1);
    FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");
    SmsGatewayNotifier sms = new SmsGatewayNotifier(URI.create("http://127.0.0.1:" + gateway.getAddress().getPort()
        + "/sms"), "gateway-token", Duration.ofSeconds(5));
    Desk desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .notifyPeople(true).notifications(NotificationDelivery.builder().notifier(sms).locale("ru").build()).build();
    desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().contact(ContactKind.SMS, "+7 8442 00-00-01")
        .contact(ContactKind.EMAIL, "x@gkb1.example").noticesBy(ContactKind.SMS, ContactKind.EMAIL).build());

    DeliveryReport first = desk.deliverNotifications();
    assertEquals(1, first.retried(), "the gateway answered 503");
    assertEquals(1, first.dead(), "no notifier here takes the e-mail notice: it is dead-lettered for an operator");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, desk.deliverNotifications().delivered());

    assertEquals(2, received.size());
    JsonNode sent = received.get(1);
    assertEquals("+7 8442 00-00-01", sent.get("to").asText());
    assertTrue(sent.get("text").asText().startsWith("Обращение DESK-2026-000001 зарегистрировано."), sent.toString());
    assertEquals(received.get(0).get("idempotencyKey"), sent.get("idempotencyKey"), "one key for both tries");
    assertEquals(List.of("Bearer gateway-token", "Bearer gateway-token"), tokens);
    assertTrue(sent.get("text").asText().length() <= SmsGatewayNotifier.MAX_TEXT);
  }
}
