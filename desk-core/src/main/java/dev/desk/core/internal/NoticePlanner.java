package dev.desk.core.internal;

import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.Contact;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the notifications the people of a ticket get from what a command changed: the requester
 * hears of the registration (with the number to quote), of questions, of status changes and of the
 * resolution, through the media they chose (a phone contact becomes a call-back task for an
 * agent); an agent hears of an assignment; a watcher hears what the requester hears and the
 * internal notes. Pure.
 */
public final class NoticePlanner {

  /** The recipient kind of a requester's notice; the recipient is the contact's kind. */
  public static final String REQUESTER = "REQUESTER";

  private final Lifecycle lifecycle;

  /** A planner for tickets of this lifecycle. */
  public NoticePlanner(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /**
   * The notices the changes call for, due now. A watcher hears what the requester hears and the
   * internal notes, except what they did themselves.
   *
   * @param actor who made the changes
   */
  public List<TicketChange> plan(TicketSnapshot after, List<TicketChange> changes, Actor actor, Instant now) {
    List<TicketChange> out = new ArrayList<>();
    boolean resolved = false;
    for (TicketChange change : changes) {
      if (change instanceof TicketChange.Registered) {
        toRequester(after, "REGISTERED", now, out);
      } else if (change instanceof TicketChange.Resolved) {
        resolved = true;
      } else if (change instanceof TicketChange.Assigned a && a.assignee() != null) {
        out.add(new TicketChange.NotificationPlanned("PERSON", a.assignee(), a.assignee(), "ASSIGNED", 0, now));
      } else if (change instanceof TicketChange.Commented c && c.internal()) {
        toWatchers(after, "INTERNAL_NOTE", actor, now, out);
      } else if (change instanceof TicketChange.StatusChanged s) {
        if (s.action().equals("REQUEST_INFORMATION")) {
          told(after, "INFORMATION_REQUESTED", actor, now, out);
        } else if (s.action().equals("REJECT")) {
          told(after, "REJECTED", actor, now, out);
        } else if (lifecycle.requireState(s.to()).resolved()) {
          resolved = true;
        } else {
          told(after, "STATUS_CHANGED", actor, now, out);
        }
      }
    }
    if (resolved) {
      told(after, "RESOLVED", actor, now, out);
    }
    return out;
  }

  /** What the requester is told, the watchers are told too. */
  private static void told(TicketSnapshot t, String event, Actor actor, Instant now, List<TicketChange> out) {
    toRequester(t, event, now, out);
    toWatchers(t, event, actor, now, out);
  }

  /** One notice per watcher, as a person, but none to the one who did it. */
  private static void toWatchers(TicketSnapshot t, String event, Actor actor, Instant now, List<TicketChange> out) {
    for (String watcher : t.watchers()) {
      if (!watcher.equals(actor.id())) {
        out.add(new TicketChange.NotificationPlanned("PERSON", watcher, watcher, event, 0, now));
      }
    }
  }

  /**
   * One notice per medium the requester chose, to their first contact of that kind; if they chose
   * none, to their first contact. Without any contact, none.
   */
  private static void toRequester(TicketSnapshot t, String event, Instant now, List<TicketChange> out) {
    Requester requester = t.requester();
    if (requester.contacts().isEmpty()) {
      return; // nobody to reach: the registration says so once (Desk.register), not a dead notice per event
    }
    List<Contact> chosen = requester.noticesBy().isEmpty() ? List.of(requester.contacts().get(0))
        : requester.noticesBy().stream().distinct()
            .flatMap(kind -> requester.contacts().stream().filter(c -> c.kind() == kind).limit(1)).toList();
    for (Contact c : chosen) {
      if (worthACall(c.kind(), event)) {
        out.add(new TicketChange.NotificationPlanned(REQUESTER, c.kind().name(), c.value(), event, 0, now));
      }
    }
  }

  /**
   * A phone notice is a call-back task, which takes an agent's time: the phone hears questions and
   * resolutions, not every status change, nor the registration (the caller hears the number in the
   * call, the portal shows it, a mail is answered by mail).
   */
  private static boolean worthACall(ContactKind medium, String event) {
    return medium != ContactKind.PHONE || event.equals("INFORMATION_REQUESTED") || event.equals("RESOLVED");
  }
}
