package dev.desk.core.routing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.desk.core.internal.ConfigFiles;
import dev.desk.core.internal.ConfigLines;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

/**
 * Reads a service directory from YAML or JSON. Errors of form and of content both name their
 * line. Every key is optional but the ids, a group's line and an agent's groups.
 *
 * <pre>
 * headOfService: ivanova              # hears what the groups' leads hear
 * groups:
 *   - id: emr-l1                      # unique
 *     line: L1                        # L1, L2 or L3
 *     categories: [emr, lis]          # its competence
 *     onDuty: ru-contact-centre       # calendar of its duty hours; omitted: around the clock
 *     lead: petrova                   # its lead
 * agents:
 *   - id: pavel                       # unique; the assignee tickets name
 *     groups: [emr-l1]                # at least one known group
 *     line: L1
 *     skills: [emr]                   # category ids or finer skills
 *     languages: [ru, en]
 *     shift: ru-contact-centre        # calendar of their shifts; omitted: around the clock
 *     capacity: 10                    # open tickets at once, at least 1 (default 20)
 * routing:                            # first match wins; omitted fields match anything
 *   - urgency: EMERGENCY
 *     groups: [emr-l1, night-duty]    # the first on duty now takes it
 *   - category: emr
 *     organisationProfile: hospital-icu
 *     organisation: gkb-1
 *     groups: [emr-l1]
 *     skill: emr-icu                  # the skill an agent needs; default: the category
 * </pre>
 */
public final class ServiceDirectoryFile {

  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .addHandler(ConfigFiles.unknownKeys("headOfService, groups, agents, routing; in a group: id, line, categories, "
          + "onDuty, lead; in an agent: id, groups, line, skills, languages, shift, capacity; in a routing rule: "
          + "category, urgency, organisationProfile, organisation, groups, skill"))
      .build();

  private ServiceDirectoryFile() {}

  static ServiceDirectory read(Reader in, String source) {
    String text = ConfigFiles.text(in, source);
    Definition d = ConfigFiles.read(new StringReader(text), source, MAPPER, Definition.class);
    ConfigLines lines = ConfigLines.of(text);
    ServiceDirectory.Builder b = ServiceDirectory.builder().headOfService(d.headOfService);
    for (GroupDefinition g : d.groups) {
      b.group(new Group(required(g.id, "a group's id", source), required(g.line, "group " + g.id + "'s line", source),
          Set.copyOf(g.categories), g.onDuty, g.lead));
    }
    for (AgentDefinition a : d.agents) {
      b.agent(new Agent(required(a.id, "an agent's id", source), a.groups, a.line == null ? SupportLine.L1 : a.line,
          Set.copyOf(a.skills), Set.copyOf(a.languages), a.shift, a.capacity));
    }
    for (RouteDefinition r : d.routing) {
      b.route(new RoutingRule(r.category, r.urgency, r.organisationProfile, r.organisation, r.groups, r.skill));
    }
    return b.build(p -> source + " line " + lines.line(p.path()));
  }

  private static <T> T required(T value, String what, String source) {
    if (value == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + what + " is missing");
    }
    return value;
  }

  /** The file's shape. */
  static final class Definition {
    public String headOfService;
    public List<GroupDefinition> groups = List.of();
    public List<AgentDefinition> agents = List.of();
    public List<RouteDefinition> routing = List.of();
  }

  static final class GroupDefinition {
    public String id;
    public SupportLine line;
    public List<String> categories = List.of();
    public String onDuty;
    public String lead;
  }

  static final class AgentDefinition {
    public String id;
    public List<String> groups = List.of();
    public SupportLine line;
    public List<String> skills = List.of();
    public List<String> languages = List.of();
    public String shift;
    public int capacity = 20;
  }

  static final class RouteDefinition {
    public String category;
    public Urgency urgency;
    public String organisationProfile;
    public String organisation;
    public List<String> groups = List.of();
    public String skill;
  }
}
