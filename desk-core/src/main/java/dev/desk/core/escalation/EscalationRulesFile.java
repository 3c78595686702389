package dev.desk.core.escalation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.desk.core.internal.ConfigFiles;
import dev.desk.core.internal.ConfigLines;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads escalation rules from YAML or JSON. Every error, of form or of content, names its line.
 *
 * <pre>
 * rules:
 *   - id: response-ladder                 # unique
 *     description: supervisors hear before the response allowance runs out
 *     when:                               # every filter named must hold; all optional
 *       categories: [emr]
 *       urgencies: [URGENT, EMERGENCY]
 *       organisationProfiles: [hospital-icu]
 *       lines: [L1]
 *       statuses: [NEW, ASSIGNED]
 *       groups: [emr-l1]
 *       reopenedAtLeast: 2
 *     levels:
 *       - level: 1                        # numbered upwards from 1
 *         clock: RESPONSE                 # trigger: a clock (RESPONSE, RESOLUTION, UPDATE) ...
 *         percent: 50                     # ... at 1-100 % of its target (100: breached)
 *         notify: [{role: GROUP_LEAD}]    # roles: ASSIGNEE, GROUP_LEAD, HEAD_OF_SERVICE
 *       - level: 2
 *         unassignedFor: PT30M            # trigger: this much working time without an assignee
 *         notify: [{group: emr-l2, delivery: AT_ONCE}, {person: ivanova, delivery: WORKING_HOURS}]
 *         addWatcher: [ivanova]
 *       - level: 3
 *         clock: RESPONSE
 *         percent: 100
 *         raiseLine: true                 # or raiseLineTo: emr-l2
 *         reassign: emr-l2
 *         raiseUrgency: true
 *         repeat: PT2H                    # again every 2 working hours while it holds
 *   - id: emergency-at-once
 *     when: {urgencies: [EMERGENCY]}
 *     levels:
 *       - {level: 1, atOnce: true, notify: [{role: HEAD_OF_SERVICE}]}
 * </pre>
 *
 * <p>A notification's delivery defaults to BY_URGENCY: EMERGENCY and URGENT at once, PLANNED and
 * CONSULTATION when the recipient's working hours begin.
 */
public final class EscalationRulesFile {

  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .addModule(new JavaTimeModule())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
      .addHandler(ConfigFiles.unknownKeys("rules; in a rule: id, description, when, levels; in when: categories, "
          + "urgencies, organisationProfiles, lines, statuses, groups, reopenedAtLeast; in a level: level, clock, "
          + "percent, unassignedFor, atOnce, notify, reassign, raiseLine, raiseLineTo, raiseUrgency, addWatcher, "
          + "repeat; in notify: role, group, person, delivery"))
      .build();

  private EscalationRulesFile() {}

  /**
   * The rules of a file, checked on their own and, when a directory is given, against it.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of every problem
   */
  public static EscalationRules read(Reader in, String source, ServiceDirectory directory) {
    String text = ConfigFiles.text(in, source);
    Definition d = ConfigFiles.read(new StringReader(text), source, MAPPER, Definition.class);
    ConfigLines lines = ConfigLines.of(text);
    List<EscalationRule> rules = new ArrayList<>();
    List<EscalationRules.Problem> problems = new ArrayList<>();
    for (int r = 0; r < d.rules.size(); r++) {
      rules.add(d.rules.get(r).toRule("rules/" + r, problems));
    }
    problems.addAll(EscalationRules.problems(rules));
    if (directory != null) {
      problems.addAll(EscalationRules.directoryProblems(rules, directory));
    }
    if (!problems.isEmpty()) {
      throw EscalationRules.failure(problems,
          p -> source + " line " + lines.line(p.path().replaceFirst("^(rules/\\d+)/groups", "$1/when/groups")));
    }
    EscalationRules.Builder b = EscalationRules.builder();
    rules.forEach(b::rule);
    return b.build();
  }

  /** The file's shape. */
  static final class Definition {
    public List<RuleDefinition> rules = List.of();
  }

  static final class RuleDefinition {
    public String id;
    public String description;
    public When when = new When();
    public List<LevelDefinition> levels = List.of();

    EscalationRule toRule(String at, List<EscalationRules.Problem> problems) {
      EscalationRule.Builder b = EscalationRule.builder(id).description(description)
          .categories(when.categories.toArray(String[]::new)).urgencies(when.urgencies.toArray(Urgency[]::new))
          .organisationProfiles(when.organisationProfiles.toArray(String[]::new))
          .lines(when.lines.toArray(SupportLine[]::new)).statuses(when.statuses.toArray(String[]::new))
          .groups(when.groups.toArray(String[]::new)).reopenedAtLeast(when.reopenedAtLeast);
      for (int l = 0; l < levels.size(); l++) {
        levels.get(l).addTo(b, "rule " + id, at + "/levels/" + l, problems);
      }
      return b.build();
    }
  }

  static final class When {
    public List<String> categories = List.of();
    public List<Urgency> urgencies = List.of();
    public List<String> organisationProfiles = List.of();
    public List<SupportLine> lines = List.of();
    public List<String> statuses = List.of();
    public List<String> groups = List.of();
    public int reopenedAtLeast;
  }

  static final class LevelDefinition {
    public int level;
    public SlaClockKind clock;
    public Integer percent;
    public Duration unassignedFor;
    public boolean atOnce;
    public List<NotifyDefinition> notify = List.of();
    public String reassign;
    public boolean raiseLine;
    public String raiseLineTo;
    public boolean raiseUrgency;
    public List<String> addWatcher = List.of();
    public Duration repeat;

    void addTo(EscalationRule.Builder b, String rule, String at, List<EscalationRules.Problem> problems) {
      int triggers = (clock != null || percent != null ? 1 : 0) + (unassignedFor != null ? 1 : 0) + (atOnce ? 1 : 0);
      Trigger trigger;
      if (triggers != 1) {
        problems.add(new EscalationRules.Problem(at, rule + " level " + level
            + ": give exactly one trigger: clock and percent, unassignedFor, or atOnce"));
        trigger = Trigger.atOnce();
      } else if (clock != null || percent != null) {
        if (clock == null || percent == null) {
          problems.add(new EscalationRules.Problem(at, rule + " level " + level + ": clock and percent go together"));
        }
        trigger = Trigger.clock(clock == null ? SlaClockKind.RESPONSE : clock, percent == null ? 100 : percent);
      } else {
        trigger = unassignedFor != null ? Trigger.unassignedFor(unassignedFor) : Trigger.atOnce();
      }
      b.level(level, trigger);
      for (NotifyDefinition n : notify) {
        b.notify(n.recipient(rule + " level " + level, at, problems), n.delivery);
      }
      if (reassign != null) {
        b.reassign(reassign);
      }
      if (raiseLine || raiseLineTo != null) {
        b.action(new EscalationAction.RaiseLine(raiseLineTo));
      }
      if (raiseUrgency) {
        b.raiseUrgency();
      }
      addWatcher.forEach(b::addWatcher);
      if (repeat != null) {
        b.repeatEvery(repeat);
      }
    }
  }

  static final class NotifyDefinition {
    public String role;
    public String group;
    public String person;
    public EscalationAction.Delivery delivery = EscalationAction.Delivery.BY_URGENCY;

    Recipient recipient(String name, String at, List<EscalationRules.Problem> problems) {
      int given = (role != null ? 1 : 0) + (group != null ? 1 : 0) + (person != null ? 1 : 0);
      if (given != 1) {
        problems.add(new EscalationRules.Problem(at, name + ": a notification names exactly one of role, group, person"));
      }
      return role != null ? Recipient.role(role) : group != null ? Recipient.group(group)
          : Recipient.person(person == null ? "?" : person);
    }
  }
}
