package dev.desk.examples.demo;

import dev.desk.core.text.DurationWords;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Prints journal events as one line each: when, who, what, why. */
public final class JournalPrinter {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PrintWriter out;
  private final ZoneId zone;

  /** A printer writing times in the zone. */
  public JournalPrinter(PrintWriter out, ZoneId zone) {
    this.out = out;
    this.zone = zone;
  }

  /** Prints the events. */
  public void print(List<JournalEvent> journal) {
    JournalEvent previous = null;
    for (JournalEvent e : journal) {
      // the events of one command share its reason: say it once
      boolean sameCommand = previous != null && previous.occurredAt().equals(e.occurredAt())
          && previous.actorId().equals(e.actorId()) && Objects.equals(previous.reason(), e.reason());
      String why = e.reason() == null || sameCommand ? "" : "  — why: " + e.reason();
      out.printf("  %3d  %s  %-16s %-10s  %s%s%n", e.sequence(), TIME.format(e.occurredAt().atZone(zone)),
          e.actorId(), e.actorRole(), describe(e.change(), zone), why);
      previous = e;
    }
  }

  /** One change in words, its instants in the zone and its durations in words. */
  public static String describe(TicketChange change, ZoneId zone) {
    if (change instanceof TicketChange.Registered r) {
      return "registered " + r.number() + " [" + r.type() + ", " + r.category() + ", " + r.urgency() + ", via "
          + r.channel() + "] for " + r.organisationId() + ": \"" + r.subject() + "\" -> " + r.group() + "/" + r.line();
    } else if (change instanceof TicketChange.StatusChanged c) {
      return "status " + c.from() + " -> " + c.to() + " (" + c.action() + ")";
    } else if (change instanceof TicketChange.Assigned c) {
      return "assigned to " + c.assignee() + " in " + c.group() + "/" + c.line();
    } else if (change instanceof TicketChange.Resolved c) {
      return "resolved: \"" + c.resolution() + "\"";
    } else if (change instanceof TicketChange.Reopened) {
      return "reopened";
    } else if (change instanceof TicketChange.Rejected c) {
      return "rejected: " + c.reason();
    } else if (change instanceof TicketChange.Commented c) {
      return (c.internal() ? "internal note: \"" : "comment: \"") + c.text() + "\"";
    } else if (change instanceof TicketChange.CategoryChanged c) {
      return "category " + c.from() + " -> " + c.to();
    } else if (change instanceof TicketChange.FilesAttached c) {
      return "files attached: " + c.files().stream().map(f -> f.fileName() + " (" + f.mediaType() + ")").toList();
    } else if (change instanceof TicketChange.EscalationFired c) {
      return "escalation " + c.rule() + " level " + c.level() + " fired (cycle " + c.cycle() + ", saw " + c.saw() + ")";
    } else if (change instanceof TicketChange.NotificationPlanned c) {
      return "notification planned for " + c.recipientKind().toLowerCase(Locale.ROOT) + " " + c.recipient()
          + (c.resolvedTo() == null ? " (nobody holds it: for an operator)" : c.resolvedTo().equals(c.recipient()) ? ""
          : " = " + c.resolvedTo()) + ", deliver at " + at(c.deliverAt(), zone);
    } else if (change instanceof TicketChange.LineRaised c) {
      return "line " + c.from() + " -> " + c.to() + (c.group() == null ? "" : ", group " + c.group());
    } else if (change instanceof TicketChange.EscalationDue c) {
      return "escalation next looks at " + at(c.dueAt(), zone);
    } else if (change instanceof TicketChange.UrgencyClassified c) {
      return "classified " + c.result().urgency() + " (confidence " + c.result().confidence() + ", "
          + (c.applied() ? "applied" : "not applied: urgency stated") + ") because "
          + c.result().reasons().stream().map(r -> r.rule() + " " + r.weight() + " [" + r.evidence() + "]").toList();
    } else if (change instanceof TicketChange.UrgencyChanged c) {
      return "urgency " + c.from() + " -> " + c.to();
    } else if (change instanceof TicketChange.KnowledgeArticleLinked c) {
      return "linked knowledge article " + c.articleId();
    } else if (change instanceof TicketChange.ChannelSwitched c) {
      return "requester goes on by " + c.channel() + ", notices by " + c.noticesBy();
    } else if (change instanceof TicketChange.WatcherAdded c) {
      return "watcher " + c.watcherId() + " added";
    } else if (change instanceof TicketChange.ClockStarted c) {
      return c.kind() + " clock started (" + words(c.target()) + ", cycle " + c.cycle() + "), deadline "
          + at(c.deadline(), zone);
    } else if (change instanceof TicketChange.ClockStopped c) {
      return c.kind() + " clock stopped after " + words(c.consumed())
          + (c.met() ? ": MET" : ": BREACHED by " + words(c.overBy()));
    } else if (change instanceof TicketChange.ClockPaused c) {
      return c.kind() + " clock paused after " + words(c.consumed());
    } else if (change instanceof TicketChange.ClockResumed c) {
      return c.kind() + " clock resumed, deadline " + at(c.deadline(), zone);
    } else if (change instanceof TicketChange.ClockWarning c) {
      return c.kind() + " clock warning " + c.level() + " (" + c.threshold() + ")";
    } else if (change instanceof TicketChange.ClockBreached c) {
      return c.kind() + " clock BREACHED (deadline " + at(c.deadline(), zone) + ")";
    } else if (change instanceof TicketChange.ClockTargetChanged c) {
      return c.kind() + " clock target " + words(c.target()) + " (policy " + c.policyId() + ")";
    }
    return change.toString();
  }

  private static String words(Duration d) {
    return DurationWords.english().format(d);
  }

  private static String at(Instant instant, ZoneId zone) {
    return instant == null ? "none" : TIME.format(instant.atZone(zone));
  }
}
