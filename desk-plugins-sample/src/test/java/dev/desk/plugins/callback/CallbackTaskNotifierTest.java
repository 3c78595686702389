package dev.desk.plugins.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.notify.DeliveryReport;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.ticket.TicketSnapshot;
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

/** Phone notices become call-back tasks in a local server standing in for the call queue. */
final class CallbackTaskNotifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> queued = new CopyOnWriteArrayList<>();
  private final AtomicInteger answer = new AtomicInteger(201);
  private HttpServer callQueue;
  private Desk desk;
  private final FakeClock clock = FakeClock.at("2026-03-16T09:00:00+03:00");

  @BeforeEach
  void start() throws Exception {
    callQueue = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    callQueue.createContext("/tasks", exchange -> {
      try (exchange) {
        queued.add(JSON.readTree(exchange.getRequestBody()));
        exchange.sendResponseHeaders(answer.get(), -1);
      }
    });
    callQueue.start();
    CallbackTaskNotifier calls = new CallbackTaskNotifier(URI.create("http://127.0.0.1:"
        + callQueue.getAddress().getPort() + "/tasks"), "queue-token", Duration.ofSeconds(5));
    desk = Desk.builder().clock(clock).store(new InMemoryTicketStore()).directory(Fixtures.directory())
        .notifyPeople(true).notifications(NotificationDelivery.builder().notifier(calls).locale("ru").build()).build();
  }

  @AfterEach
  void stop() {
    callQueue.stop(0);
  }

  @Test
  void aCallerByPhoneIsCalledBackForTheQuestionAndTheResolutionOnly() {
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
    desk.deliverNotifications();
    assertEquals(List.of(), queued, "no call for the registration told in the call, nor for a status change");

    t = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(t.id(), t.version(), "С какого компьютера?"));
    desk.deliverNotifications();
    assertEquals(1, queued.size(), queued.toString());
    JsonNode task = queued.get(0);
    assertEquals("+7 8442 00-00-01", task.get("phone").asText());
    assertEquals("INFORMATION_REQUESTED", task.get("reason").asText());
    assertEquals(t.number(), task.get("ticket").asText());
    assertTrue(task.get("script").asText().contains("С какого компьютера?"), task.toString());
    assertTrue(task.get("idempotencyKey").asText().matches(t.id() + ":\\d{10}"), task.toString());
  }

  @Test
  void aTaskTheQueueAlreadyHasCountsAsDelivered() {
    answer.set(409);
    TicketSnapshot t = desk.register(Fixtures.HOSPITAL_REQUESTER, Fixtures.hospitalTicket().build());
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
    desk.execute(Fixtures.EMR_AGENT, new Resolve(t.id(), t.version(), "Переустановлен клиент МИС"));
    DeliveryReport report = desk.deliverNotifications();
    assertEquals(1, queued.size());
    assertEquals("RESOLVED", queued.get(0).get("reason").asText());
    assertEquals(0, report.retried(), "409: the queue has this task already");
  }
}
