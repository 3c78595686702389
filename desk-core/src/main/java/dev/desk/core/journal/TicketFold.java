package dev.desk.core.journal;

import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.journal.TicketChange.Assigned;
import dev.desk.spi.journal.TicketChange.CategoryChanged;
import dev.desk.spi.journal.TicketChange.ClockBreached;
import dev.desk.spi.journal.TicketChange.ClockChange;
import dev.desk.spi.journal.TicketChange.ClockPaused;
import dev.desk.spi.journal.TicketChange.ClockResumed;
import dev.desk.spi.journal.TicketChange.ClockStarted;
import dev.desk.spi.journal.TicketChange.ClockStopped;
import dev.desk.spi.journal.TicketChange.ClockTargetChanged;
import dev.desk.spi.journal.TicketChange.ClockWarning;
import dev.desk.spi.journal.TicketChange.KnowledgeArticleLinked;
import dev.desk.spi.journal.TicketChange.Registered;
import dev.desk.spi.journal.TicketChange.Rejected;
import dev.desk.spi.journal.TicketChange.Reopened;
import dev.desk.spi.journal.TicketChange.Resolved;
import dev.desk.spi.journal.TicketChange.StatusChanged;
import dev.desk.spi.journal.TicketChange.UrgencyChanged;
import dev.desk.spi.journal.TicketChange.WatcherAdded;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.EscalationMark;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The fold of a journal: a ticket's snapshot is what its events, applied in order, make of
 * nothing. Pure and stateless.
 */
public final class TicketFold {

  private TicketFold() {}

  /**
   * The snapshot a whole journal leads to.
   *
   * @throws IllegalArgumentException for an empty journal, one that does not start with
   *     {@code Registered}, or one with gaps in its sequence
   */
  public static TicketSnapshot replay(List<JournalEvent> journal) {
    if (journal.isEmpty()) {
      throw new IllegalArgumentException("an empty journal has no snapshot");
    }
    TicketSnapshot snapshot = null;
    for (JournalEvent event : journal) {
      snapshot = apply(snapshot, event);
    }
    return snapshot;
  }

  /**
   * The snapshot after one more event.
   *
   * @param before the snapshot so far; {@code null} before the {@code Registered} event
   */
  public static TicketSnapshot apply(TicketSnapshot before, JournalEvent event) {
    if (event.change() instanceof Registered registered) {
      if (before != null || event.sequence() != 1) {
        throw new IllegalArgumentException("Registered must be the first event of a journal");
      }
      return registered(event.ticketId(), registered, event.occurredAt());
    }
    if (before == null) {
      throw new IllegalArgumentException("a journal starts with Registered, not " + event.kind());
    }
    if (!before.id().equals(event.ticketId()) || event.sequence() != before.version() + 1) {
      throw new IllegalArgumentException("event " + event.sequence() + " of " + event.ticketId()
          + " does not follow version " + before.version() + " of " + before.id());
    }
    TicketSnapshot.Builder b = before.toBuilder();
    change(b, before, event.change(), event.occurredAt());
    return b.updatedAt(event.occurredAt()).version(event.sequence()).build();
  }

  /**
   * The ticket after one change, without the journal bookkeeping (version, updatedAt): for
   * judging what a command would make of a ticket before anything is written.
   */
  public static TicketSnapshot change(TicketSnapshot before, TicketChange change, Instant at) {
    TicketSnapshot.Builder b = before.toBuilder();
    change(b, before, change, at);
    return b.build();
  }

  /** Writes what the change does to {@code before} into the builder {@code b}. */
  private static void change(TicketSnapshot.Builder b, TicketSnapshot before, TicketChange change, Instant at) {
    if (change instanceof StatusChanged c) {
      b.status(c.to());
    } else if (change instanceof Assigned c) {
      b.group(c.group()).line(c.line()).assignee(c.assignee());
    } else if (change instanceof Resolved c) {
      b.resolution(c.resolution()).resolvedAt(at);
    } else if (change instanceof Reopened) {
      b.resolution(null).resolvedAt(null).reopenCount(before.reopenCount() + 1);
    } else if (change instanceof Rejected c) {
      b.refusalReason(c.reason());
    } else if (change instanceof CategoryChanged c) {
      b.category(c.to());
    } else if (change instanceof UrgencyChanged c) {
      b.urgency(c.to());
    } else if (change instanceof KnowledgeArticleLinked c) {
      b.knowledgeArticles(append(before.knowledgeArticles(), c.articleId()));
    } else if (change instanceof TicketChange.ChannelSwitched c) {
      Requester r = before.requester();
      b.channel(c.channel()).requester(new Requester(r.id(), r.fullName(), c.contacts(), c.noticesBy()));
    } else if (change instanceof WatcherAdded c) {
      b.watchers(append(before.watchers(), c.watcherId()));
    } else if (change instanceof Registered) {
      throw new IllegalArgumentException("Registered starts a journal; it cannot change a ticket");
    } else if (change instanceof ClockChange clockChange) {
      List<SlaClock> clocks = clocks(before.clocks(), clockChange, at);
      b.clocks(clocks).nextDueAt(nextDue(clocks, before.escalationDueAt()));
    } else if (change instanceof TicketChange.FilesAttached c) {
      List<AttachmentRef> files = new ArrayList<>(before.attachments());
      files.addAll(c.files());
      b.attachments(files);
    } else if (change instanceof TicketChange.EscalationFired c) {
      b.escalations(marked(before.escalations(), c, at));
    } else if (change instanceof TicketChange.EscalationDue c) {
      b.escalationDueAt(c.dueAt()).nextDueAt(nextDue(before.clocks(), c.dueAt()));
    } else if (change instanceof TicketChange.LineRaised c) {
      b.line(c.to());
      if (c.group() != null && !c.group().equals(before.group())) {
        b.group(c.group()).assignee(null); // the new line's group chooses its own agent
      }
    } else if (!journalOnly(change)) {
      throw new IllegalArgumentException("the fold does not know the kind " + change.getClass().getName());
    }
  }

  /**
   * Kinds that live in the journal alone and leave the snapshot as it was: a comment, the
   * classifier's judgement (Registered carries the class), a planned notice (the outbox keeps it),
   * a received message (the inbound log keeps its key), a feature's own kinds (its own store keeps
   * their state) and kinds this desk does not know.
   */
  private static boolean journalOnly(TicketChange change) {
    return change instanceof TicketChange.Commented || change instanceof TicketChange.UrgencyClassified
        || change instanceof TicketChange.NotificationPlanned || change instanceof TicketChange.MessageReceived
        || change instanceof TicketChange.Extension || change instanceof TicketChange.Unrecognised;
  }

  /** The earliest of the clocks' next due instants and the escalation due instant. */
  private static Instant nextDue(List<SlaClock> clocks, Instant escalationDue) {
    Instant next = escalationDue;
    for (SlaClock c : clocks) {
      if (c.nextDue() != null && (next == null || c.nextDue().isBefore(next))) {
        next = c.nextDue();
      }
    }
    return next;
  }

  private static List<EscalationMark> marked(List<EscalationMark> marks, TicketChange.EscalationFired fired,
      Instant at) {
    List<EscalationMark> out = new ArrayList<>(marks.size() + 1);
    boolean found = false;
    for (EscalationMark m : marks) {
      if (m.rule().equals(fired.rule()) && m.level() == fired.level() && m.cycle() == fired.cycle()) {
        out.add(new EscalationMark(m.rule(), m.level(), m.cycle(), at, m.times() + 1));
        found = true;
      } else {
        out.add(m);
      }
    }
    if (!found) {
      out.add(new EscalationMark(fired.rule(), fired.level(), fired.cycle(), at, 1));
    }
    return out;
  }

  /** The clocks after one clock change. */
  private static List<SlaClock> clocks(List<SlaClock> before, ClockChange change, Instant at) {
    List<SlaClock> after = new ArrayList<>(before.size() + 1);
    if (change instanceof ClockStarted c) {
      before.stream().filter(k -> k.kind() != c.kind()).forEach(after::add);
      after.add(new SlaClock(c.kind(), c.policyId(), c.target(), c.calendarId(), c.cycle(), SlaClock.State.RUNNING,
          c.consumed(), at, c.deadline(), 0, false, c.nextDue()));
      after.sort(Comparator.comparing(SlaClock::kind));
      return after;
    }
    for (SlaClock k : before) {
      after.add(k.kind() == change.kind() ? clock(k, change, at) : k);
    }
    return after;
  }

  private static SlaClock clock(SlaClock k, TicketChange change, Instant at) {
    if (change instanceof ClockPaused c) {
      return new SlaClock(k.kind(), k.policyId(), k.target(), k.calendarId(), k.cycle(), SlaClock.State.PAUSED,
          c.consumed(), null, null, k.warningsFired(), k.breached(), null);
    } else if (change instanceof ClockResumed c) {
      return new SlaClock(k.kind(), k.policyId(), k.target(), k.calendarId(), k.cycle(), SlaClock.State.RUNNING,
          k.consumed(), at, c.deadline(), k.warningsFired(), k.breached(), c.nextDue());
    } else if (change instanceof ClockStopped c) {
      return new SlaClock(k.kind(), k.policyId(), k.target(), k.calendarId(), k.cycle(), SlaClock.State.STOPPED,
          c.consumed(), null, null, k.warningsFired(), k.breached() || !c.met(), null);
    } else if (change instanceof ClockWarning c) {
      return new SlaClock(k.kind(), k.policyId(), k.target(), k.calendarId(), k.cycle(), k.state(), k.consumed(),
          k.runningSince(), k.deadline(), c.level(), k.breached(), c.nextDue());
    } else if (change instanceof ClockBreached) {
      return new SlaClock(k.kind(), k.policyId(), k.target(), k.calendarId(), k.cycle(), k.state(), k.consumed(),
          k.runningSince(), k.deadline(), k.warningsFired(), true, null);
    } else if (change instanceof ClockTargetChanged c) {
      if (c.consumed() == null) { // version 1: same calendar, counting on from where it was
        return new SlaClock(k.kind(), c.policyId(), c.target(), k.calendarId(), k.cycle(), k.state(), k.consumed(),
            k.runningSince(), c.deadline(), k.warningsFired(), k.breached(), c.nextDue());
      }
      // what was consumed is banked; a running clock counts on from now, on the new calendar
      return new SlaClock(k.kind(), c.policyId(), c.target(), c.calendarId(), k.cycle(), k.state(), c.consumed(),
          k.state() == SlaClock.State.RUNNING ? at : k.runningSince(), c.deadline(), k.warningsFired(), k.breached(),
          c.nextDue());
    }
    throw new IllegalArgumentException("not a clock change: " + change);
  }

  private static TicketSnapshot registered(TicketId id, Registered r, Instant at) {
    return TicketSnapshot.builder()
        .id(id)
        .number(r.number())
        .type(r.type())
        .organisationId(r.organisationId())
        .supportCode(r.supportCode())
        .requester(r.requester())
        .channel(r.channel())
        .category(r.category())
        .urgency(r.urgency())
        .subject(r.subject())
        .description(r.description())
        .stepsToReproduce(r.stepsToReproduce())
        .attachments(r.attachments())
        .group(r.group())
        .line(r.line())
        .status(r.status())
        .serviceContract(r.serviceContract())
        .createdAt(at)
        .updatedAt(at)
        .version(1)
        .build();
  }

  private static List<String> append(List<String> list, String value) {
    List<String> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(value);
    return copy;
  }
}
