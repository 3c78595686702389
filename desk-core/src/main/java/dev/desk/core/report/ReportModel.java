package dev.desk.core.report;

import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.quality.DelayExplained;
import dev.desk.core.quality.ServiceRated;
import dev.desk.core.shift.HandedOver;
import dev.desk.core.shift.HandoverAccepted;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.JournalListener;
import dev.desk.spi.journal.PositionedEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The read model reports are made from, fed from the journal in the order of its position: what
 * each ticket was at each moment (its facts, whether it was open) and how each SLA target's cycles
 * ended. Incremental: follow the journal with it ({@code desk.follow(model, 0)}) and poll; {@link
 * #rebuilt} makes it anew from the whole journal, with the same result. An event at or below the
 * position already read is skipped, so a follower that resumes cannot count twice. Fed by one
 * follower; read from any thread.
 */
public final class ReportModel implements JournalListener {

  private static final int PAGE = 1_000;

  private final Lifecycle lifecycle;
  private final Map<TicketId, Track> tickets = new HashMap<>();
  private final List<ClockOutcome> outcomes = new ArrayList<>();
  private final List<Resolution> resolutions = new ArrayList<>();
  private final List<Rating> ratings = new ArrayList<>();
  private final List<Handover> handovers = new ArrayList<>();
  /** The reason given for each breached cycle, by ticket, target and cycle. */
  private final Map<String, String> delayReasons = new HashMap<>();
  private long position;

  /** An empty model for tickets of this lifecycle (it tells which states are open). */
  public ReportModel(Lifecycle lifecycle) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
  }

  /**
   * The kinds of change beyond the SDK's this model reads (a feature's own): a store read without
   * a desk must know them ({@code store.knowKinds(ReportModel.kinds())}) to hand them over typed.
   */
  public static List<Class<? extends TicketChange.Extension>> kinds() {
    return List.of(DelayExplained.class, ServiceRated.class, HandedOver.class, HandoverAccepted.class);
  }

  /** A model read from the whole journal, from its first position. */
  public static ReportModel rebuilt(JournalFeed feed, Lifecycle lifecycle) {
    ReportModel model = new ReportModel(lifecycle);
    for (List<PositionedEvent> page = feed.journalAfter(0, PAGE); !page.isEmpty();
        page = feed.journalAfter(model.position(), PAGE)) {
      page.forEach(model::onEvent);
    }
    return model;
  }

  @Override
  public synchronized void onEvent(PositionedEvent event) {
    if (event.position() <= position) {
      return;
    }
    accept(event.event());
    position = event.position();
  }

  /** The last position read. */
  public synchronized long position() {
    return position;
  }

  /** Every decided SLA outcome, in the order decided. */
  public synchronized List<ClockOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** Every resolution, in the order made. */
  synchronized List<Resolution> resolutions() {
    return List.copyOf(resolutions);
  }

  /** Every handover, with its acceptance once made, in the order handed over. */
  synchronized List<Handover> handovers() {
    return List.copyOf(handovers);
  }

  /** Every mark a requester gave, in the order given. */
  synchronized List<Rating> ratings() {
    return List.copyOf(ratings);
  }

  /** The reason given for a breached cycle, or {@code null}. */
  synchronized String delayReason(ClockOutcome breach) {
    return delayReasons.get(breach.ticket() + "/" + breach.target() + "/" + breach.cycle());
  }

  /** When each ticket was reopened, for those ever reopened. */
  synchronized Map<TicketId, List<Instant>> reopens() {
    Map<TicketId, List<Instant>> out = new HashMap<>();
    tickets.forEach((id, t) -> {
      if (!t.reopens.isEmpty()) {
        out.put(id, List.copyOf(t.reopens));
      }
    });
    return out;
  }

  /**
   * Visits each ticket under the model's lock, without copying: a report over a million tickets
   * reads them in place (the follower waits that long). The visitor must not keep a track.
   */
  synchronized void eachTrack(Consumer<Track> visitor) {
    tickets.values().forEach(visitor);
  }

  private void accept(JournalEvent e) {
    TicketChange c = e.change();
    Instant at = e.occurredAt();
    if (c instanceof TicketChange.Registered r) {
      Track t = new Track(e.ticketId(), r.number(), at, new Facts(r.category(), r.urgency(), r.organisationId(),
          r.group(), null, r.type(), r.serviceContract(), null));
      t.open(at, isOpen(r.status()));
      t.line = r.line();
      tickets.put(e.ticketId(), t);
      return;
    }
    Track t = tickets.get(e.ticketId());
    if (t == null) {
      return; // a ticket registered before a journal the model never saw
    }
    Facts f = t.facts();
    if (e.actorRole() != ActorRole.SYSTEM && isAction(c)) {
      t.lastAction = new ShiftReport.Action(e.kind(), e.actorId(), at);
    }
    if (c instanceof TicketChange.CategoryChanged m) {
      t.facts(at, f.category(m.to()));
    } else if (c instanceof TicketChange.UrgencyChanged u) {
      t.facts(at, f.urgency(u.to()));
    } else if (c instanceof TicketChange.Assigned a) {
      t.facts(at, f.responsible(a.group(), a.assignee()));
      if (a.line() != SupportLine.L1) {
        t.line = a.line();
        t.handedOver = true;
      }
    } else if (c instanceof TicketChange.StatusChanged s) {
      t.open(at, isOpen(s.to()));
      t.contactedAgain |= s.action().equals("REQUEST_INFORMATION");
    } else if (c instanceof TicketChange.LineRaised raised) {
      t.line = raised.to();
      t.handedOver = true;
    } else if (c instanceof TicketChange.Commented m && e.actorRole() == ActorRole.REQUESTER) {
      t.contactedAgain = true;
    } else if (c instanceof TicketChange.Resolved r) {
      if (r.cause() != null) {
        t.facts(at, f.cause(r.cause()));
      }
      resolutions.add(new Resolution(t.id, at, t.facts(), !t.handedOver && t.line == SupportLine.L1,
          !t.handedOver && t.line == SupportLine.L1 && !t.contactedAgain, t.resolved++ == 0));
    } else if (c instanceof TicketChange.Reopened) {
      t.reopens.add(at);
    } else if (c instanceof DelayExplained d) {
      delayReasons.put(t.id + "/" + d.target() + "/" + d.cycle(), d.reason());
    } else if (c instanceof ServiceRated r) {
      ratings.add(new Rating(t.id, at, t.facts(), r.score()));
    } else if (c instanceof HandedOver h) {
      handovers.add(new Handover(t.id, t.number, h.shift(), h.group(), at, e.actorId(), h.timeLeft(), t.lastAction,
          h.nextStep(), null, null));
    } else if (c instanceof HandoverAccepted a) {
      for (int i = handovers.size() - 1; i >= 0; i--) {
        Handover h = handovers.get(i);
        if (h.ticket().equals(t.id) && h.shift().equals(a.shift()) && h.acceptedBy() == null) {
          handovers.set(i, h.accepted(e.actorId(), at));
          break;
        }
      }
    } else if (c instanceof TicketChange.ClockStarted s) {
      t.cycles.put(s.kind(), new Cycle(s.cycle(), s.target()));
    } else if (c instanceof TicketChange.ClockTargetChanged s && t.cycles.containsKey(s.kind())) {
      t.cycles.get(s.kind()).target = s.target();
    } else if (c instanceof TicketChange.ClockBreached b && t.cycles.containsKey(b.kind())) {
      Cycle cycle = t.cycles.get(b.kind());
      if (!cycle.breached) {
        cycle.breached = true;
        outcomes.add(new ClockOutcome(t.id, t.number, b.kind(), cycle.number, at, false, cycle.target, t.facts()));
      }
    } else if (c instanceof TicketChange.ClockStopped s && t.cycles.containsKey(s.kind())) {
      Cycle cycle = t.cycles.remove(s.kind());
      if (!cycle.breached) {
        outcomes.add(new ClockOutcome(t.id, t.number, s.kind(), cycle.number, at, s.met(), s.consumed(), t.facts()));
      }
    }
  }

  /** Whether a change is something a person did to the ticket, not bookkeeping that came with it. */
  private static boolean isAction(TicketChange c) {
    return c instanceof TicketChange.StatusChanged || c instanceof TicketChange.Assigned
        || c instanceof TicketChange.Commented || c instanceof TicketChange.Resolved
        || c instanceof TicketChange.Reopened || c instanceof TicketChange.Rejected
        || c instanceof TicketChange.CategoryChanged || c instanceof TicketChange.UrgencyChanged
        || c instanceof TicketChange.FilesAttached || c instanceof TicketChange.KnowledgeArticleLinked
        || c instanceof TicketChange.LineRaised || c instanceof TicketChange.ChannelSwitched;
  }

  private boolean isOpen(String state) {
    return lifecycle.state(state).map(s -> !s.terminal() && !s.resolved()).orElse(true);
  }

  /**
   * A ticket resolved.
   *
   * @param ticket the ticket
   * @param at when
   * @param facts what it was then
   * @param firstLine whether the first line resolved it, with no hand-over to a higher one before
   * @param firstContact whether, besides, the requester was asked nothing and wrote nothing more
   * @param first whether it was the ticket's first resolution
   */
  record Resolution(TicketId ticket, Instant at, Facts facts, boolean firstLine, boolean firstContact,
      boolean first) {}

  /**
   * A requester's mark.
   *
   * @param ticket the ticket
   * @param at when
   * @param facts what the ticket was then (the agent who answered)
   * @param score 1 to 5
   */
  record Rating(TicketId ticket, Instant at, Facts facts, int score) {}

  /**
   * A ticket handed over at a shift's end, as it was then.
   *
   * @param ticket the ticket
   * @param number its number
   * @param shift the shift
   * @param group the group it was in
   * @param at when handed over
   * @param by who handed it over
   * @param timeLeft the working time its resolution target had left, or {@code null}
   * @param lastAction what a person last did to it before, or {@code null}
   * @param nextStep what the next shift is to do
   * @param acceptedBy who took it over, or {@code null} while nobody has
   * @param acceptedAt when
   */
  record Handover(TicketId ticket, String number, String shift, String group, Instant at, String by,
      Duration timeLeft, ShiftReport.Action lastAction, String nextStep, String acceptedBy, Instant acceptedAt) {

    Handover accepted(String who, Instant when) {
      return new Handover(ticket, number, shift, group, at, by, timeLeft, lastAction, nextStep, who, when);
    }
  }

  /** One cycle of a target still undecided, or breached and still running. */
  private static final class Cycle {
    final int number;
    Duration target;
    boolean breached;

    Cycle(int number, Duration target) {
      this.number = number;
      this.target = target;
    }
  }

  /** A ticket's facts from an instant on. */
  private record FactsSince(Instant at, Facts facts) {}

  /** A ticket as the model follows it. */
  static final class Track {
    final TicketId id;
    final String number;
    final Instant registeredAt;
    private Facts facts;
    SupportLine line = SupportLine.L1;
    boolean handedOver;
    boolean contactedAgain;
    /** What a person last did to it. */
    ShiftReport.Action lastAction;
    int resolved;
    final List<Instant> reopens = new ArrayList<>();
    /** When it entered the backlog and left it, in turn: an even index enters, an odd one leaves. */
    final List<Instant> spells = new ArrayList<>();
    /** Its facts from each instant on, for what it was at any moment. */
    private final List<FactsSince> history = new ArrayList<>();
    final Map<SlaClockKind, Cycle> cycles = new EnumMap<>(SlaClockKind.class);

    Track(TicketId id, String number, Instant registeredAt, Facts facts) {
      this.id = id;
      this.number = number;
      this.registeredAt = registeredAt;
      facts(registeredAt, facts);
    }

    Facts facts() {
      return facts;
    }

    void facts(Instant at, Facts value) {
      facts = value;
      history.add(new FactsSince(at, value));
    }

    /** What it was at the instant (its first facts before it was registered). */
    Facts factsAt(Instant at) {
      Facts out = history.get(0).facts();
      for (int i = 0; i < history.size() && !history.get(i).at().isAfter(at); i++) {
        out = history.get(i).facts();
      }
      return out;
    }

    void open(Instant at, boolean open) {
      boolean inside = spells.size() % 2 == 1;
      if (open != inside) {
        spells.add(at);
      }
    }

    /** Whether it was in the backlog at the instant. */
    boolean openAt(Instant at) {
      int entered = 0;
      for (Instant change : spells) {
        if (change.isAfter(at)) {
          break;
        }
        entered++;
      }
      return entered % 2 == 1;
    }

    /** When it last left the backlog at or before the instant, or {@code null}. */
    Instant leftBy(Instant at) {
      Instant left = null;
      for (int i = 1; i < spells.size() && !spells.get(i).isAfter(at); i += 2) {
        left = spells.get(i);
      }
      return left;
    }
  }
}
