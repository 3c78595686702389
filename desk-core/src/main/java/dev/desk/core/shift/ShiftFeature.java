package dev.desk.core.shift;

import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.engine.Decision;
import dev.desk.core.engine.Feature;
import dev.desk.core.internal.ClockPlanner;
import dev.desk.core.internal.Messages;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.State;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shift handover (002): decides {@link HandOver} (only for a ticket still open, with the working
 * time its resolution target has left, counted now and journaled, so the shift report never
 * recounts it) and {@link AcceptHandover}. Thread-safe.
 */
public final class ShiftFeature implements Feature {

  private final Lifecycle lifecycle;
  private final Function<String, CalendarHistory> calendars;

  /**
   * The feature.
   *
   * @param lifecycle tells which states are open
   * @param calendars the calendars clocks count on, by id, with their versions
   */
  public ShiftFeature(Lifecycle lifecycle, Function<String, CalendarHistory> calendars) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.calendars = Objects.requireNonNull(calendars, "calendars");
  }

  @Override
  public String name() {
    return "shift";
  }

  @Override
  public List<Class<? extends TicketChange.Extension>> kinds() {
    return List.of(HandedOver.class, HandoverAccepted.class);
  }

  @Override
  public Optional<Decision> decide(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    if (command instanceof HandOver c) {
      requireStaff(actor, "hand a ticket over");
      State state = lifecycle.requireState(ticket.status());
      if (state.terminal() || state.resolved()) {
        throw new ValidationException(List.of(Messages.violation("ticketId", "shift.not-open", ticket.number(),
            ticket.status())));
      }
      return Optional.of(Decision.of(null, new HandedOver(c.shift(), ticket.group(), timeLeft(ticket, now),
          c.nextStep())));
    }
    if (command instanceof AcceptHandover c) {
      requireStaff(actor, "take a ticket over");
      return Optional.of(Decision.of(null, new HandoverAccepted(c.shift())));
    }
    return Optional.empty();
  }

  /** The working time the resolution target has left now; {@code null} when it is not counting. */
  private Duration timeLeft(TicketSnapshot ticket, Instant now) {
    Optional<SlaClock> clock = ticket.clock(SlaClockKind.RESOLUTION);
    if (clock.isEmpty() || clock.get().state() == SlaClock.State.STOPPED) {
      return null;
    }
    SlaClock c = clock.get();
    Duration used = ClockPlanner.consumedAt(c, calendars.apply(c.calendarId()), now);
    return c.target().minus(used); // below zero: by how much it is late
  }

  private static void requireStaff(Actor actor, String what) {
    if (actor.role() == ActorRole.REQUESTER) {
      throw new AccessDeniedException("Requester " + actor.id() + " may not " + what);
    }
  }
}
