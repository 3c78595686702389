package dev.desk.core.internal;

import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.State;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.sla.WarningThreshold;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides what a ticket's SLA clocks do: start at registration; RESPONSE stops when an agent
 * is responsible, RESOLUTION when the ticket is resolved (a reopen starts its next cycle with
 * the working time consumed so far), an UPDATE cycle ends met or breached when staff speak to the
 * requester (a public comment or question, the resolution) and the next one starts; every
 * clock pauses in states that pause it and stops in terminal states; a new category or urgency
 * re-selects the policy. The sweep fires each warning threshold and the breach once per cycle.
 * Pure: every change carries the values it computed, so the fold needs no calendar.
 * Thread-safe.
 */
public final class ClockPlanner {

  private final SlaPolicies policies;
  private final Function<String, CalendarHistory> calendars;
  private final Lifecycle lifecycle;

  /**
   * A planner over these policies, calendars (by id, with their versions: each stretch of a clock
   * is counted on the version in force while it passed) and lifecycle.
   */
  public ClockPlanner(SlaPolicies policies, Function<String, CalendarHistory> calendars, Lifecycle lifecycle) {
    this.policies = policies;
    this.calendars = calendars;
    this.lifecycle = lifecycle;
  }

  /** The clocks a newly registered ticket starts. */
  public List<TicketChange> atRegistration(TicketSnapshot ticket, Instant now) {
    Optional<SlaPolicy> policy = select(ticket);
    if (policy.isEmpty()) {
      return List.of();
    }
    List<TicketChange> changes = new ArrayList<>();
    for (SlaTarget target : policy.get().targets()) {
      changes.add(start(policy.get().id(), target.kind(), target.duration(), target.calendarId(), 1, Duration.ZERO, now));
    }
    return changes;
  }

  /** The clock changes that a command's effect on the ticket calls for. */
  public List<TicketChange> afterCommand(TicketSnapshot before, TicketSnapshot after, List<TicketChange> commandChanges,
      Actor actor, Instant now) {
    if (after.clocks().isEmpty()) {
      return List.of();
    }
    State state = lifecycle.requireState(after.status());
    boolean reopened = false;
    boolean spoke = false;
    for (TicketChange c : commandChanges) { // a loop, not two streams: this runs for every command
      reopened |= c instanceof TicketChange.Reopened;
      // words to the requester: a public comment or question, or the resolution; a status change alone is not
      spoke |= c instanceof TicketChange.Commented comment && !comment.internal() || c instanceof TicketChange.Resolved;
    }
    boolean reclassified = !before.category().equals(after.category()) || before.urgency() != after.urgency();
    boolean spokeToRequester = actor.role() != ActorRole.REQUESTER && spoke;
    List<TicketChange> out = new ArrayList<>();
    for (SlaClock c : after.clocks()) {
      CalendarHistory calendar = calendars.apply(c.calendarId());
      if (reclassified) {
        retarget(c, calendar, after, now).ifPresent(out::add);
        continue;
      }
      if (c.state() == SlaClock.State.STOPPED) {
        if (c.kind() == SlaClockKind.RESOLUTION && reopened) {
          out.add(start(c.policyId(), c.kind(), c.target(), c.calendarId(), c.cycle() + 1, c.consumed(), now));
        }
        continue;
      }
      Duration consumed = consumedAt(c, calendar, now);
      boolean stop = state.terminal()
          || c.kind() == SlaClockKind.RESPONSE && after.assignee() != null
          || c.kind() == SlaClockKind.RESOLUTION && state.resolved();
      if (stop) {
        Duration over = consumed.minus(c.target());
        out.add(new TicketChange.ClockStopped(c.kind(), consumed, over.isNegative() || over.isZero(),
            over.isNegative() ? Duration.ZERO : over));
      } else if (c.kind() == SlaClockKind.UPDATE && spokeToRequester) {
        // the update the requester waited for: this cycle ends met or breached, the next starts now (and
        // pauses at once, in the next round, where the state pauses it)
        Duration over = consumed.minus(c.target());
        out.add(new TicketChange.ClockStopped(c.kind(), consumed, over.isNegative() || over.isZero(),
            over.isNegative() ? Duration.ZERO : over));
        out.add(start(c.policyId(), c.kind(), c.target(), c.calendarId(), c.cycle() + 1, Duration.ZERO, now));
      } else if (c.state() == SlaClock.State.RUNNING && state.pauses(c.kind())) {
        out.add(new TicketChange.ClockPaused(c.kind(), consumed, after.status()));
      } else if (c.state() == SlaClock.State.PAUSED && !state.pauses(c.kind())) {
        out.add(new TicketChange.ClockResumed(c.kind(), calendar.add(now, remaining(c.target(), c.consumed())),
            nextDue(warnings(c), c.target(), calendar, now, c.consumed(), c.warningsFired(), c.breached())));
      }
    }
    return out;
  }

  /**
   * Whether these changes can move a clock of the ticket: a new state, agent, class or cycle, words
   * to the requester, or a clock started in a state that pauses it. A round of clock changes,
   * notices and escalation marks alone moves none, so {@link #afterCommand} and its calendar
   * arithmetic are skipped for it.
   */
  public boolean mayMove(TicketSnapshot ticket, List<TicketChange> changes) {
    for (TicketChange c : changes) {
      if (c instanceof TicketChange.StatusChanged || c instanceof TicketChange.Assigned
          || c instanceof TicketChange.LineRaised || c instanceof TicketChange.Reopened
          || c instanceof TicketChange.Resolved || c instanceof TicketChange.CategoryChanged
          || c instanceof TicketChange.UrgencyChanged || c instanceof TicketChange.Commented
          || c instanceof TicketChange.ClockStarted s && lifecycle.requireState(ticket.status()).pauses(s.kind())) {
        return true;
      }
    }
    return false;
  }

  /** The warnings and breaches due at {@code now}, for the timer sweep. */
  public List<TicketChange> due(TicketSnapshot ticket, Instant now) {
    List<TicketChange> out = new ArrayList<>();
    for (SlaClock c : ticket.clocks()) {
      if (c.state() != SlaClock.State.RUNNING || c.nextDue() == null || c.nextDue().isAfter(now)) {
        continue;
      }
      CalendarHistory calendar = calendars.apply(c.calendarId());
      Duration consumed = consumedAt(c, calendar, now);
      List<WarningThreshold> ladder = warnings(c);
      int fired = c.warningsFired();
      while (fired < ladder.size() && ladder.get(fired).at(c.target()).compareTo(consumed) <= 0) {
        fired++;
        out.add(new TicketChange.ClockWarning(c.kind(), fired, ladder.get(fired - 1).toString(), c.deadline(),
            nextDue(ladder, c.target(), calendar, c.runningSince(), c.consumed(), fired, c.breached())));
      }
      if (!c.breached() && consumed.compareTo(c.target()) >= 0) {
        out.add(new TicketChange.ClockBreached(c.kind(), c.deadline()));
      }
    }
    return out;
  }

  /** Working time a clock has consumed at {@code now}. */
  public static Duration consumedAt(SlaClock c, CalendarHistory calendar, Instant now) {
    if (c.state() != SlaClock.State.RUNNING) {
      return c.consumed();
    }
    return c.consumed().plus(now.isAfter(c.runningSince()) ? calendar.between(c.runningSince(), now) : Duration.ZERO);
  }

  /**
   * The clock under the policy the reclassified ticket selects: its target and its calendar. The
   * working time consumed until now is kept (counted on the old calendar); the rest of the new
   * target is counted on the new calendar from now.
   */
  private Optional<TicketChange> retarget(SlaClock c, CalendarHistory calendar, TicketSnapshot after, Instant now) {
    Optional<SlaPolicy> policy = select(after);
    Optional<SlaTarget> target = policy.flatMap(p -> p.target(c.kind()));
    if (target.isEmpty() || c.state() == SlaClock.State.STOPPED
        || policy.get().id().equals(c.policyId()) && target.get().duration().equals(c.target())
            && target.get().calendarId().equals(c.calendarId())) {
      return Optional.empty();
    }
    Duration duration = target.get().duration();
    String calendarId = target.get().calendarId();
    CalendarHistory next = calendars.apply(calendarId);
    Duration consumed = consumedAt(c, calendar, now);
    boolean running = c.state() == SlaClock.State.RUNNING;
    Instant deadline = running ? next.add(now, remaining(duration, consumed)) : null;
    Instant due = running ? nextDue(target.get().warnings(), duration, next, now, consumed, c.warningsFired(),
        c.breached()) : null;
    return Optional.of(new TicketChange.ClockTargetChanged(c.kind(), policy.get().id(), duration, deadline, due,
        calendarId, consumed));
  }

  /** The policy for a ticket as it is now. */
  private Optional<SlaPolicy> select(TicketSnapshot ticket) {
    return policies.select(ticket.type(), ticket.category(), ticket.urgency(), ticket.serviceContract());
  }

  private TicketChange start(String policyId, SlaClockKind kind, Duration target, String calendarId, int cycle,
      Duration consumed, Instant now) {
    CalendarHistory calendar = calendars.apply(calendarId);
    List<WarningThreshold> ladder = policies.byId(policyId).flatMap(p -> p.target(kind))
        .map(SlaTarget::warnings).orElse(List.of());
    return new TicketChange.ClockStarted(kind, policyId, target, calendarId, cycle, consumed,
        calendar.add(now, remaining(target, consumed)), nextDue(ladder, target, calendar, now, consumed, 0, false));
  }

  private List<WarningThreshold> warnings(SlaClock c) {
    return policies.byId(c.policyId()).flatMap(p -> p.target(c.kind())).map(SlaTarget::warnings).orElse(List.of());
  }

  /** The next threshold or the deadline of a clock running since {@code since}; null when nothing is left. */
  private static Instant nextDue(List<WarningThreshold> ladder, Duration target, CalendarHistory calendar,
      Instant since, Duration consumed, int fired, boolean breached) {
    Duration at;
    if (fired < ladder.size()) {
      at = ladder.get(fired).at(target);
    } else if (!breached) {
      at = target;
    } else {
      return null;
    }
    return calendar.add(since, remaining(at, consumed));
  }

  private static Duration remaining(Duration target, Duration consumed) {
    Duration left = target.minus(consumed);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
