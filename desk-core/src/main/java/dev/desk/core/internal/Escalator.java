package dev.desk.core.internal;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Level;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.journal.TicketFold;
import dev.desk.core.routing.Agent;
import dev.desk.core.routing.Group;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.EscalationMark;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates escalation rules on one ticket at one instant: which levels fire now (with the
 * values they saw and their actions as journal changes) and when the rules next need a look.
 * Pure: the same ticket, rules and instant give the same changes.
 *
 * <p>Semantics: a level fires when its trigger holds and it has not fired in the ticket's
 * cycle (one more after each reopen), or its repeat interval has passed since it last fired.
 * Nothing fires while the ticket is resolved or closed. A line only goes up.
 */
public final class Escalator {

  private static final String ROUND_THE_CLOCK = "24x7";

  private final EscalationRules rules;
  private final ServiceDirectory directory;
  private final Function<String, CalendarHistory> calendars;
  private final Set<String> openStates;
  private final Function<String, String> organisationProfile;

  /**
   * An escalator.
   *
   * @param directory groups and agents, or {@code null}
   * @param openStates the lifecycle states in which rules may fire
   * @param organisationProfile the profile of an organisation id, or {@code null}
   */
  public Escalator(EscalationRules rules, ServiceDirectory directory, Function<String, CalendarHistory> calendars,
      Set<String> openStates, Function<String, String> organisationProfile) {
    this.rules = rules;
    this.directory = directory;
    this.calendars = calendars;
    this.openStates = openStates;
    this.organisationProfile = organisationProfile;
  }

  /** The changes escalation makes to the ticket now: firings, their actions, and the next look. */
  public List<TicketChange> evaluate(TicketSnapshot ticket, Instant now) {
    List<TicketChange> out = new ArrayList<>();
    Instant due = null;
    if (openStates.contains(ticket.status())) {
      String profile = organisationProfile.apply(ticket.organisationId());
      int cycle = ticket.reopenCount() + 1;
      TicketSnapshot working = ticket;
      for (EscalationRule rule : rules.rules()) {
        if (!rule.watches(ticket, profile)) {
          continue;
        }
        for (Level level : rule.levels()) {
          Condition c = condition(level.trigger(), ticket, now);
          EscalationMark mark = mark(ticket, rule.id(), level.number(), cycle);
          CalendarHistory calendar = c.calendar;
          Instant repeatAt = mark == null || level.repeat() == null ? null : calendar.add(mark.lastFiredAt(), level.repeat());
          boolean fire = c.holds && (mark == null || repeatAt != null && !now.isBefore(repeatAt));
          if (fire) {
            TicketChange.EscalationFired fired = new TicketChange.EscalationFired(rule.id(), level.number(), cycle,
                c.saw);
            out.add(fired);
            for (EscalationAction action : level.actions()) {
              Optional<TicketChange> change = act(action, working, rule, level, mark, now);
              if (change.isPresent()) {
                out.add(change.get());
                working = TicketFold.change(working, change.get(), now);
              }
            }
            if (level.repeat() != null) {
              due = earliest(due, calendar.add(now, level.repeat()));
            }
          } else if (c.holds && repeatAt != null) {
            due = earliest(due, repeatAt);
          } else if (!c.holds && mark == null) {
            due = earliest(due, c.becomesTrueAt);
          }
        }
      }
    }
    if (!Objects.equals(due, ticket.escalationDueAt())) {
      out.add(new TicketChange.EscalationDue(due));
    }
    return out;
  }

  /** Whether a trigger holds now, when it will if nothing changes, and what it saw. */
  private record Condition(boolean holds, Instant becomesTrueAt, Map<String, String> saw, CalendarHistory calendar) {}

  private Condition condition(Trigger trigger, TicketSnapshot t, Instant now) {
    Map<String, String> saw = new LinkedHashMap<>();
    saw.put("urgency", t.urgency().name());
    saw.put("line", t.line().name());
    saw.put("status", t.status());
    CalendarHistory responseCalendar = t.clock(SlaClockKind.RESPONSE).map(c -> calendars.apply(c.calendarId()))
        .orElseGet(() -> calendars.apply(ROUND_THE_CLOCK));
    if (trigger instanceof Trigger.ClockPercent p) {
      Optional<SlaClock> clock = t.clock(p.kind());
      if (clock.isEmpty() || clock.get().state() == SlaClock.State.STOPPED) {
        return new Condition(false, null, saw, responseCalendar);
      }
      SlaClock c = clock.get();
      CalendarHistory calendar = calendars.apply(c.calendarId());
      Duration consumed = ClockPlanner.consumedAt(c, calendar, now);
      Duration threshold = c.target().multipliedBy(p.percent()).dividedBy(100);
      saw.put(p.kind().name(), consumed.multipliedBy(100).dividedBy(c.target().isZero() ? Duration.ofNanos(1)
          : c.target()) + " % of " + c.target());
      boolean holds = consumed.compareTo(threshold) >= 0;
      Instant at = holds || c.state() != SlaClock.State.RUNNING ? null
          : calendar.add(c.runningSince(), threshold.minus(c.consumed()));
      return new Condition(holds, at, saw, calendar);
    }
    if (trigger instanceof Trigger.Unassigned u) {
      if (t.assignee() != null) {
        return new Condition(false, null, saw, responseCalendar);
      }
      Duration waited = now.isAfter(t.createdAt()) ? responseCalendar.between(t.createdAt(), now) : Duration.ZERO;
      saw.put("unassigned", waited.toString());
      boolean holds = waited.compareTo(u.workingTime()) >= 0;
      return new Condition(holds, holds ? null : responseCalendar.add(t.createdAt(), u.workingTime()), saw,
          responseCalendar);
    }
    return new Condition(true, null, saw, responseCalendar);
  }

  private static EscalationMark mark(TicketSnapshot t, String rule, int level, int cycle) {
    for (EscalationMark m : t.escalations()) {
      if (m.rule().equals(rule) && m.level() == level && m.cycle() == cycle) {
        return m;
      }
    }
    return null;
  }

  private Optional<TicketChange> act(EscalationAction action, TicketSnapshot t, EscalationRule rule, Level level,
      EscalationMark previous, Instant now) {
    if (action instanceof EscalationAction.Notify n) {
      return notification(n, t, rule, level, previous, now);
    }
    if (action instanceof EscalationAction.Reassign r) {
      if (r.group().equals(t.group())) {
        return Optional.empty();
      }
      SupportLine line = group(r.group()).map(Group::line).filter(l -> l.compareTo(t.line()) > 0).orElse(t.line());
      return Optional.of(new TicketChange.Assigned(r.group(), line, null));
    }
    if (action instanceof EscalationAction.RaiseLine up) {
      if (t.line() == SupportLine.L3) {
        return Optional.empty();
      }
      SupportLine next = t.line().next();
      String group = up.group() != null ? up.group() : directory == null ? null : directory.groups().values().stream()
          .filter(g -> g.line() == next && g.categories().contains(t.category())).map(Group::id).findFirst()
          .orElse(null);
      return Optional.of(new TicketChange.LineRaised(t.line(), next, group));
    }
    if (action instanceof EscalationAction.RaiseUrgency) {
      return t.urgency() == Urgency.EMERGENCY ? Optional.empty()
          : Optional.of(new TicketChange.UrgencyChanged(t.urgency(), Urgency.values()[t.urgency().ordinal() - 1]));
    }
    EscalationAction.AddWatcher w = (EscalationAction.AddWatcher) action;
    return t.watchers().contains(w.person()) ? Optional.empty() : Optional.of(new TicketChange.WatcherAdded(w.person()));
  }

  /**
   * A planned notification; without anyone in the role it is still journaled, for an operator.
   * None when the level repeats while the notice of its last firing still waits for the same
   * working start: one notice says it at 08:30, not one per firing of the night (the journal keeps
   * every firing). Only for recipients that cannot have changed in between (a group, a person,
   * the head of service); the assignee or a group's lead may have.
   */
  private Optional<TicketChange> notification(EscalationAction.Notify n, TicketSnapshot t, EscalationRule rule,
      Level level, EscalationMark previous, Instant now) {
    Recipient r = n.recipient();
    String resolved = switch (r.kind()) {
      case GROUP, PERSON -> r.id();
      case ROLE -> switch (r.id()) {
        case "ASSIGNEE" -> t.assignee();
        case "GROUP_LEAD" -> group(t.group()).map(Group::lead).orElse(null);
        default -> directory == null ? null : directory.headOfService();
      };
    };
    boolean atOnce = n.delivery() == EscalationAction.Delivery.AT_ONCE
        || n.delivery() == EscalationAction.Delivery.BY_URGENCY && t.urgency().compareTo(Urgency.URGENT) <= 0;
    Instant deliverAt = now;
    String hours = resolved == null ? null : r.kind() == Recipient.Kind.GROUP
        ? group(resolved).map(Group::onDutyCalendar).orElse(null)
        : agent(resolved).map(Agent::shiftCalendar).orElse(null);
    if (!atOnce && hours != null) {
      BusinessCalendar shift = calendars.apply(hours).at(now);
      deliverAt = shift.nextWorkingInstant(now);
      boolean sameRecipient = r.kind() != Recipient.Kind.ROLE || r.id().equals("HEAD_OF_SERVICE");
      if (previous != null && sameRecipient && deliverAt.isAfter(now)
          && shift.nextWorkingInstant(previous.lastFiredAt()).equals(deliverAt)) {
        return Optional.empty();
      }
    }
    return Optional.of(new TicketChange.NotificationPlanned(r.kind().name(), r.id(), resolved, rule.id(),
        level.number(), deliverAt));
  }

  private Optional<Group> group(String id) {
    return directory == null || id == null ? Optional.empty() : directory.group(id);
  }

  private Optional<Agent> agent(String id) {
    return directory == null ? Optional.empty() : directory.agent(id);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
