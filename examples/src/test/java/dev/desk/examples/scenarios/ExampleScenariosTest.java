package dev.desk.examples.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.desk.testkit.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three commented scenarios in examples/scenarios replay as their comments say. */
final class ExampleScenariosTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> replay(String name) throws IOException {
    Path file = Path.of("scenarios", name);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Scenario.read(in, file.toString()).run().lines()) {
        out.add(JSON.readTree(line));
      }
      assertTrue(out.stream().noneMatch(e -> e.get("event").asText().equals("Refused")), "no step is refused: " + out);
      return out;
    }
  }

  private static List<String> at(List<JsonNode> events, String kind) {
    return events.stream().filter(e -> e.get("event").asText().equals(kind)).map(e -> e.get("at").asText()).toList();
  }

  @Test
  void theContactCentreWarnsOnTheShortenedSaturdayBeforeTheHolidays() throws IOException {
    List<JsonNode> events = replay("contact-centre-friday-before-holiday.yaml");
    assertEquals(List.of("2025-11-01T09:08+03:00", "2025-11-01T09:44+03:00"), at(events, "EscalationFired"),
        "22 minutes on Friday, then 50 % and 80 % of the 2 hours on Saturday morning, not after the holidays");
    assertEquals(List.of("ivanova", "petrova"), events.stream().filter(e -> e.get("event").asText()
        .equals("NotificationPlanned")).map(e -> e.get("details").get("resolvedTo").asText()).sorted().toList());
    assertTrue(events.stream().anyMatch(e -> e.get("event").asText().equals("ClockStopped")
        && e.get("details").get("kind").asText().equals("RESPONSE") && e.get("details").get("met").asBoolean()));
  }

  @Test
  void anEmergencyAtNightGoesToTheNightDispatchAndTheHeadHearsAtOnce() throws IOException {
    List<JsonNode> events = replay("utilities-emergency-at-night.yaml");
    JsonNode classified = events.stream().filter(e -> e.get("event").asText().equals("UrgencyClassified"))
        .findFirst().orElseThrow();
    assertEquals("EMERGENCY", classified.get("details").get("result").get("urgency").asText());
    JsonNode assigned = events.stream().filter(e -> e.get("event").asText().equals("Assigned")).findFirst()
        .orElseThrow();
    assertEquals("heat-night", assigned.get("details").get("group").asText());
    assertEquals("crew-3", assigned.get("details").get("assignee").asText());
    JsonNode head = events.stream().filter(e -> e.get("event").asText().equals("NotificationPlanned")).findFirst()
        .orElseThrow();
    assertEquals("chief-engineer", head.get("details").get("resolvedTo").asText());
    assertEquals("2026-01-14T23:10:00Z", head.get("details").get("deliverAt").asText(), "at 02:10, at once");
  }

  @Test
  void aBouncingTicketClimbsAgainAfterTheBreachAndANewCycleStartsOnReopen() throws IOException {
    List<JsonNode> events = replay("ticket-bouncing-between-lines.yaml");
    List<String> lines = events.stream().filter(e -> e.get("event").asText().equals("LineRaised"))
        .map(e -> e.get("details").get("to").asText()).toList();
    assertEquals(List.of("L2", "L3"), lines, "raised by the rules after the breach, once an hour, up to L3");
    List<Integer> cycles = events.stream().filter(e -> e.get("event").asText().equals("EscalationFired"))
        .map(e -> e.get("details").get("cycle").asInt()).toList();
    assertEquals(List.of(1, 1, 2, 2), cycles);
  }
}
