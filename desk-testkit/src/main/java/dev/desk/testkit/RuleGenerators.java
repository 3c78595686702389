package dev.desk.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.calendar.Calendars;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of service directories and escalation rule sets for the categories of
 * {@link Fixtures}: what rule authors feed their own properties with. Every value they make is
 * valid (it builds), so a property sees desk's behaviour, not its refusals.
 */
public final class RuleGenerators {

  /** The groups every generated directory has: three EMR lines and a heating first line. */
  public static final List<String> GROUPS = List.of("emr-l1", "emr-l2", "emr-l3", "heat-l1");

  private RuleGenerators() {}

  /**
   * Directories with {@link #GROUPS} (on duty around the clock or in contact-centre hours) and
   * 0 to 8 agents with random groups, skills, shifts and capacities.
   */
  public static Gen<ServiceDirectory> serviceDirectories() {
    Gen<Agent> agent = integers().between(0, 3).zip(integers().between(0, 1), integers().between(0, 1),
        integers().between(1, 30), (group, skilled, shift, capacity) -> new Agent("agent", List.of(GROUPS.get(group)),
            SupportLine.values()[Math.min(group, 2)], skilled == 1 ? Set.of("emr", "heating") : Set.of("other"),
            Set.of("ru"), shift == 1 ? Calendars.RU_CONTACT_CENTRE : null, capacity));
    return lists().of(agent).ofSizeBetween(0, 8).zip(integers().between(0, 1), (agents, duty) -> {
      ServiceDirectory.Builder b = ServiceDirectory.builder().headOfService("head");
      for (String g : GROUPS) {
        SupportLine line = g.endsWith("l3") ? SupportLine.L3 : g.endsWith("l2") ? SupportLine.L2 : SupportLine.L1;
        b.group(new Group(g, line, Set.of(g.startsWith("emr") ? "emr" : "heating"),
            duty == 1 && line == SupportLine.L1 ? Calendars.RU_CONTACT_CENTRE : null, "lead-" + g));
      }
      for (int i = 0; i < agents.size(); i++) {
        Agent a = agents.get(i);
        b.agent(new Agent("agent-" + i, a.groups(), a.line(), a.skills(), a.languages(), a.shiftCalendar(),
            a.capacity()));
      }
      return b.build();
    });
  }

  /**
   * Rule sets of 1 to 3 rules, each with 1 to 3 levels: triggers on RESPONSE or RESOLUTION at
   * 1-100 %, on 5 minutes to 3 hours unassigned, or at once; 1 to 3 actions each (notify a role,
   * a group or a person, raise the line, raise the urgency, add a watcher, reassign within the
   * first line); and now and then a repeat of 30 minutes to 3 hours. No rule filters on groups, so
   * no set sends tickets round in a circle.
   */
  public static Gen<EscalationRules> escalationRules() {
    Gen<Trigger> trigger = Generate.oneOf(
        Generate.pick(List.of(SlaClockKind.RESPONSE, SlaClockKind.RESOLUTION))
            .zip(integers().between(1, 100), Trigger::clock),
        integers().between(5, 180).map(m -> Trigger.unassignedFor(Duration.ofMinutes(m))),
        Generate.constant(Trigger.atOnce()));
    Gen<UnaryOperator<EscalationRule.Builder>> action = Generate.pick(List.<UnaryOperator<EscalationRule.Builder>>of(
        b -> b.notify(Recipient.role("GROUP_LEAD")),
        b -> b.notify(Recipient.role("ASSIGNEE")),
        b -> b.notify(Recipient.role("HEAD_OF_SERVICE")),
        b -> b.notify(Recipient.group("emr-l2")),
        b -> b.notify(Recipient.person("duty-officer")),
        EscalationRule.Builder::raiseLine,
        EscalationRule.Builder::raiseUrgency,
        b -> b.addWatcher("quality"),
        b -> b.reassign("emr-l1")));
    Gen<Duration> repeat = Generate.pick(List.of(30, 60, 180)).map(m -> Duration.ofMinutes(m))
        .mix(Generate.constant((Duration) null), 60);
    Gen<LevelPlan> level = trigger.zip(lists().of(action).ofSizeBetween(1, 3), repeat, LevelPlan::new);
    Gen<List<LevelPlan>> levels = lists().of(level).ofSizeBetween(1, 3);
    return lists().of(levels).ofSizeBetween(1, 3).map(rules -> {
      EscalationRules.Builder set = EscalationRules.builder();
      for (int r = 0; r < rules.size(); r++) {
        EscalationRule.Builder b = EscalationRule.builder("rule-" + (r + 1));
        List<LevelPlan> plans = rules.get(r);
        for (int l = 0; l < plans.size(); l++) {
          LevelPlan p = plans.get(l);
          b.level(l + 1, p.trigger());
          for (UnaryOperator<EscalationRule.Builder> a : p.actions()) {
            a.apply(b);
          }
          if (p.repeat() != null) {
            b.repeatEvery(p.repeat());
          }
        }
        set.rule(b.build());
      }
      return set.build();
    });
  }

  private record LevelPlan(Trigger trigger, List<UnaryOperator<EscalationRule.Builder>> actions, Duration repeat) {
    LevelPlan {
      actions = new ArrayList<>(actions);
    }
  }
}
