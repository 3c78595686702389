package dev.desk.core.escalation;

import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An escalation rule: which tickets it watches (every filter it names must hold; an empty filter
 * holds for all) and its levels. Immutable; written with the small DSL of {@link #builder(String)}:
 *
 * <pre>{@code
 * EscalationRule.builder("response-ladder").urgencies(Urgency.URGENT, Urgency.EMERGENCY)
 *     .level(1, Trigger.clock(SlaClockKind.RESPONSE, 50)).notify(Recipient.role("GROUP_LEAD"))
 *     .level(2, Trigger.clock(SlaClockKind.RESPONSE, 80)).notify(Recipient.role("HEAD_OF_SERVICE"))
 *     .level(3, Trigger.clock(SlaClockKind.RESPONSE, 100)).raiseLine().repeatEvery(Duration.ofHours(2))
 *     .build();
 * }</pre>
 *
 * @param id a unique id
 * @param description what it is for
 * @param categories categories it watches
 * @param urgencies urgency classes it watches
 * @param organisationProfiles organisation profiles it watches
 * @param lines support lines it watches
 * @param statuses lifecycle states it watches
 * @param groups groups it watches
 * @param minReopens reopened at least this often
 * @param levels its levels, lowest first
 */
public record EscalationRule(String id, String description, Set<String> categories, Set<Urgency> urgencies,
    Set<String> organisationProfiles, Set<SupportLine> lines, Set<String> statuses, Set<String> groups, int minReopens,
    List<Level> levels) {

  /** Copies the collections. */
  public EscalationRule {
    description = description == null ? "" : description;
    categories = Set.copyOf(categories);
    urgencies = Set.copyOf(urgencies);
    organisationProfiles = Set.copyOf(organisationProfiles);
    lines = Set.copyOf(lines);
    statuses = Set.copyOf(statuses);
    groups = Set.copyOf(groups);
    levels = List.copyOf(levels);
  }

  /** A rule with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Whether the rule watches this ticket now. */
  public boolean watches(TicketSnapshot t, String organisationProfile) {
    return (categories.isEmpty() || categories.contains(t.category()))
        && (urgencies.isEmpty() || urgencies.contains(t.urgency()))
        && (organisationProfiles.isEmpty() || organisationProfiles.contains(organisationProfile))
        && (lines.isEmpty() || lines.contains(t.line()))
        && (statuses.isEmpty() || statuses.contains(t.status()))
        && (groups.isEmpty() || groups.contains(t.group()))
        && t.reopenCount() >= minReopens;
  }

  /** Mutable, not thread-safe builder: filters first, then levels with their actions. */
  public static final class Builder {
    private final String id;
    private String description = "";
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<Urgency> urgencies = new LinkedHashSet<>();
    private final Set<String> profiles = new LinkedHashSet<>();
    private final Set<SupportLine> lines = new LinkedHashSet<>();
    private final Set<String> statuses = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private int minReopens;
    private final List<Level> levels = new ArrayList<>();
    private Integer levelNumber;
    private Trigger trigger;
    private List<EscalationAction> actions;
    private Duration repeat;

    private Builder(String id) {
      this.id = id;
    }

    /** What the rule is for. */
    public Builder description(String value) { description = value; return this; }
    /** Watch only these categories. */
    public Builder categories(String... values) { categories.addAll(List.of(values)); return this; }
    /** Watch only these urgency classes. */
    public Builder urgencies(Urgency... values) { urgencies.addAll(List.of(values)); return this; }
    /** Watch only these organisation profiles. */
    public Builder organisationProfiles(String... values) { profiles.addAll(List.of(values)); return this; }
    /** Watch only these support lines. */
    public Builder lines(SupportLine... values) { lines.addAll(List.of(values)); return this; }
    /** Watch only these lifecycle states. */
    public Builder statuses(String... values) { statuses.addAll(List.of(values)); return this; }
    /** Watch only tickets of these groups. */
    public Builder groups(String... values) { groups.addAll(List.of(values)); return this; }
    /** Watch only tickets reopened at least this often. */
    public Builder reopenedAtLeast(int times) { minReopens = times; return this; }

    /** Starts a level; the actions that follow belong to it. */
    public Builder level(int number, Trigger when) {
      endLevel();
      levelNumber = number;
      trigger = when;
      actions = new ArrayList<>();
      repeat = null;
      return this;
    }

    /** Notify, delivered by urgency (EMERGENCY and URGENT at once, the rest in working hours). */
    public Builder notify(Recipient recipient) { return action(new EscalationAction.Notify(recipient, EscalationAction.Delivery.BY_URGENCY)); }
    /** Notify, delivered as said. */
    public Builder notify(Recipient recipient, EscalationAction.Delivery delivery) { return action(new EscalationAction.Notify(recipient, delivery)); }
    /** Hand to another group. */
    public Builder reassign(String group) { return action(new EscalationAction.Reassign(group)); }
    /** Raise one line; the next line's first competent group takes it. */
    public Builder raiseLine() { return action(new EscalationAction.RaiseLine(null)); }
    /** Raise one line, to this group. */
    public Builder raiseLineTo(String group) { return action(new EscalationAction.RaiseLine(group)); }
    /** Raise the urgency one class. */
    public Builder raiseUrgency() { return action(new EscalationAction.RaiseUrgency()); }
    /** Add a watcher. */
    public Builder addWatcher(String person) { return action(new EscalationAction.AddWatcher(person)); }
    /** Fire the current level again after this much working time while it holds. */
    public Builder repeatEvery(Duration interval) { requireLevel(); repeat = interval; return this; }

    Builder action(EscalationAction action) {
      requireLevel();
      actions.add(action);
      return this;
    }

    private void requireLevel() {
      if (levelNumber == null) {
        throw new IllegalStateException("start a level with level(n, trigger) before its actions");
      }
    }

    private void endLevel() {
      if (levelNumber != null) {
        levels.add(new Level(levelNumber, trigger, actions, repeat));
        levelNumber = null;
      }
    }

    /** The rule; {@link EscalationRules} checks it. */
    public EscalationRule build() {
      endLevel();
      return new EscalationRule(id, description, categories, urgencies, profiles, lines, statuses, groups, minReopens,
          levels);
    }
  }
}
