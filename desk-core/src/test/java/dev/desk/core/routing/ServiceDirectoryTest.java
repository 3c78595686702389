package dev.desk.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The directory file and what it refuses, with line numbers. */
final class ServiceDirectoryTest {

  static final String FILE = """
      headOfService: ivanova
      groups:
        - id: emr-l1
          line: L1
          categories: [emr]
          onDuty: ru-contact-centre
          lead: petrova
        - id: night-duty
          line: L1
          categories: [emr, heating]
        - id: emr-l2
          line: L2
          categories: [emr]
      agents:
        - id: pavel
          groups: [emr-l1]
          skills: [emr]
          languages: [ru]
          shift: ru-contact-centre
          capacity: 5
        - id: nina
          groups: [night-duty]
          skills: [emr, heating]
      routing:
        - urgency: EMERGENCY
          groups: [emr-l1, night-duty]
        - category: emr
          organisationProfile: hospital-icu
          groups: [emr-l2]
          skill: emr-icu
      """;

  @Test
  void readsGroupsAgentsAndRoutes() {
    ServiceDirectory d = ServiceDirectory.read(new StringReader(FILE), "staff.yaml");
    assertEquals("ivanova", d.headOfService());
    assertEquals(new Group("emr-l1", SupportLine.L1, Set.of("emr"), "ru-contact-centre", "petrova"),
        d.group("emr-l1").orElseThrow());
    assertEquals(new Agent("pavel", List.of("emr-l1"), SupportLine.L1, Set.of("emr"), Set.of("ru"),
        "ru-contact-centre", 5), d.agent("pavel").orElseThrow());
    assertEquals(20, d.agent("nina").orElseThrow().capacity(), "the default capacity");
    assertEquals(new RoutingRule(null, Urgency.EMERGENCY, null, null, List.of("emr-l1", "night-duty"), null),
        d.routing().get(0));
    assertEquals(Set.of("ru-contact-centre"), d.calendarIds());
  }

  @Test
  void everyInconsistencyIsNamedWithItsLine() {
    String broken = """
        groups:
          - id: emr-l1
            line: L1
        agents:
          - id: pavel
            groups: []
          - id: olga
            groups: [emr-l9]
          - id: ivan
            groups: [emr-l1]
            capacity: 0
        routing:
          - category: emr
            groups: [emr-l2]
        """;
    DeskException e = assertThrows(DeskException.class, () -> ServiceDirectory.read(new StringReader(broken), "s.yaml"));
    for (String problem : List.of("s.yaml line 5: agent pavel is in no group",
        "s.yaml line 8: agent olga names an unknown group emr-l9",
        "s.yaml line 9: agent ivan needs a capacity of at least 1, not 0",
        "s.yaml line 14: routing rule 0 names an unknown group emr-l2")) {
      assertTrue(e.getMessage().contains(problem), problem + " in:\n" + e.getMessage());
    }
  }

  @Test
  void formErrorsNameTheirLineToo() {
    DeskException unknownKey = assertThrows(DeskException.class, () -> ServiceDirectory.read(new StringReader(
        "groups:\n  - id: a\n    line: L1\n    colour: red\n"), "s.yaml"));
    assertTrue(unknownKey.getMessage().startsWith("s.yaml line 4"), unknownKey.getMessage());
    DeskException badLine = assertThrows(DeskException.class, () -> ServiceDirectory.read(new StringReader(
        "groups:\n  - id: a\n    line: L7\n"), "s.yaml"));
    assertTrue(badLine.getMessage().startsWith("s.yaml line 3"), badLine.getMessage());
  }
}
