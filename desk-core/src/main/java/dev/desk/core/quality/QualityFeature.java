package dev.desk.core.quality;

import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Directory;
import dev.desk.core.engine.Decision;
import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Reactions;
import dev.desk.core.engine.Round;
import dev.desk.core.internal.Messages;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reasons of delay and requester satisfaction: decides {@link ExplainDelay} and {@link
 * RateService}; when a target is breached, asks the one responsible for the reason (a {@code
 * DELAY_REASON} notice, when the desk notifies people). The requester is asked for a mark in the
 * resolution notice itself, so that one answer makes one message. Thread-safe.
 */
public final class QualityFeature implements Feature {

  private final Directory directory;
  private final boolean notifyPeople;

  /**
   * The feature.
   *
   * @param directory the centre's reasons of delay
   * @param notifyPeople whether it asks by notices
   */
  public QualityFeature(Directory directory, boolean notifyPeople) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.notifyPeople = notifyPeople;
  }

  @Override
  public String name() {
    return "quality";
  }

  @Override
  public List<Class<? extends TicketChange.Extension>> kinds() {
    return List.of(DelayExplained.class, ServiceRated.class);
  }

  @Override
  public Optional<Decision> decide(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    if (command instanceof ExplainDelay c) {
      if (actor.role() == ActorRole.REQUESTER) {
        throw new AccessDeniedException("Requester " + actor.id() + " may not explain a delay");
      }
      Optional<SlaClock> clock = ticket.clock(c.target());
      if (clock.isEmpty() || !clock.get().breached()) {
        throw new ValidationException(List.of(Messages.violation("target", "delay.not-breached", c.target(),
            ticket.number())));
      }
      if (!directory.delayReasons().containsKey(c.reason())) {
        throw new ValidationException(List.of(Messages.violation("reason", "delay.reason.unknown", c.reason(),
            directory.delayReasons().isEmpty() ? "-" : String.join(", ", directory.delayReasons().keySet()))));
      }
      return Optional.of(Decision.of(c.details(), new DelayExplained(c.target(), clock.get().cycle(), c.reason(),
          c.details())));
    }
    if (command instanceof RateService c) {
      if (actor.role() != ActorRole.REQUESTER && actor.role() != ActorRole.SYSTEM) {
        throw new AccessDeniedException(actor.role() + " " + actor.id() + " may not mark an answer for its requester");
      }
      if (ticket.resolution() == null) {
        throw new ValidationException(List.of(Messages.violation("ticketId", "rating.unresolved", ticket.number())));
      }
      return Optional.of(Decision.of(null, new ServiceRated(c.score(), c.comment())));
    }
    return Optional.empty();
  }

  @Override
  public void react(Round round, Reactions out) {
    if (!notifyPeople) {
      return;
    }
    TicketSnapshot t = round.ticket();
    if (round.has(TicketChange.ClockBreached.class)) {
      String who = t.assignee() != null ? t.assignee() : t.group();
      if (who != null) {
        out.bySystem(new TicketChange.NotificationPlanned(t.assignee() != null ? "PERSON" : "GROUP", who, who,
            "DELAY_REASON", 0, round.now()));
      }
    }
  }
}
