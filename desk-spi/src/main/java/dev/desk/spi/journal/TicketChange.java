package dev.desk.spi.journal;

import dev.desk.spi.classify.Classification;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Contact;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one journal event changed. The SDK's kinds are records nested here; a feature of desk adds
 * its own as records implementing {@link Extension}. Every kind carries its stable name and
 * schema version in a {@link Kind} annotation, which is what stores keep.
 */
public sealed interface TicketChange {

  /**
   * A kind of change a feature of desk adds beyond the SDK's own: a record with a {@link Kind}
   * annotation whose namespace is the feature's ({@code "kb.article-linked"}). desk hands the
   * classes to the store ({@link dev.desk.spi.storage.TicketStore#knowKinds}).
   */
  non-sealed interface Extension extends TicketChange {}

  /**
   * A change of a kind the store does not know (written by a newer desk, or by a feature this desk
   * does not run), kept exactly as stored so that reading and writing it back loses nothing.
   *
   * @param kind the stable name it was stored with
   * @param version its schema version
   * @param payload its fields as the store keeps them (JSON for the SQL stores)
   */
  record Unrecognised(String kind, int version, String payload) implements TicketChange {

    /** Rejects missing parts. */
    public Unrecognised {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payload, "payload");
    }
  }

  /**
   * The ticket was registered with these facts.
   *
   * @param number the number allocated to it
   * @param type its type
   * @param organisationId the requester's organisation
   * @param supportCode the support code given
   * @param requester who asked
   * @param channel where it came in
   * @param category the area of competence
   * @param urgency the urgency class
   * @param subject short summary
   * @param description the problem
   * @param stepsToReproduce optional steps
   * @param attachments attached files
   * @param group optional first group responsible
   * @param line the first line responsible
   * @param serviceContract optional service contract
   * @param status the lifecycle's initial state
   */
  @Kind("ticket.registered")
  record Registered(
      String number,
      TicketType type,
      String organisationId,
      String supportCode,
      Requester requester,
      Channel channel,
      String category,
      Urgency urgency,
      String subject,
      String description,
      String stepsToReproduce,
      List<AttachmentRef> attachments,
      String group,
      SupportLine line,
      String serviceContract,
      String status) implements TicketChange {

    /** Copies the attachment list. */
    public Registered {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(status, "status");
      attachments = List.copyOf(attachments);
    }
  }

  /**
   * The ticket moved from one lifecycle state to another.
   *
   * @param from the state before
   * @param to the state after
   * @param action the lifecycle action that moved it
   */
  @Kind("ticket.status-changed")
  record StatusChanged(String from, String to, String action) implements TicketChange {

    /** Rejects missing parts. */
    public StatusChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * Responsibility changed hands: a group, its line and optionally an agent.
   *
   * @param group the group now responsible
   * @param line the line now responsible
   * @param assignee the agent now responsible; {@code null} leaves it in the group's queue
   */
  @Kind("ticket.assigned")
  record Assigned(String group, SupportLine line, String assignee) implements TicketChange {

    /** Rejects a missing group or line. */
    public Assigned {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(line, "line");
    }
  }

  /**
   * An answer was given and the ticket counts as resolved.
   *
   * <p>Version 2 added {@code cause}; a version 1 event has none.
   *
   * @param resolution the answer
   * @param cause the defect's cause, a code of the centre's list, or {@code null}
   */
  @Kind(value = "ticket.resolved", version = 2)
  record Resolved(String resolution, String cause) implements TicketChange {

    /** Rejects a missing resolution. */
    public Resolved {
      Objects.requireNonNull(resolution, "resolution");
    }

    /** A resolution that names no cause, as every resolution was in version 1. */
    public Resolved(String resolution) {
      this(resolution, null);
    }
  }

  /** The requester reopened a resolved ticket; its resolution no longer stands. */
  @Kind("ticket.reopened")
  record Reopened() implements TicketChange {}

  /**
   * The ticket was refused for one of the allowed reasons.
   *
   * @param reason the refusal reason
   */
  @Kind("ticket.rejected")
  record Rejected(RefusalReason reason) implements TicketChange {

    /** Rejects a missing reason. */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Somebody wrote a comment.
   *
   * @param text the comment
   * @param internal {@code true} when only agents and supervisors may read it
   */
  @Kind("ticket.commented")
  record Commented(String text, boolean internal) implements TicketChange {

    /** Rejects missing text. */
    public Commented {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The category changed.
   *
   * @param from the category before
   * @param to the category after
   */
  @Kind("ticket.category-changed")
  record CategoryChanged(String from, String to) implements TicketChange {

    /** Rejects missing parts. */
    public CategoryChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A classifier judged the new ticket's urgency. The class applied is the one in {@link
   * Registered}: this answer when nobody stated one, else the stated one.
   *
   * @param result the answer, with its confidence and reasons
   * @param applied whether the answer became the ticket's urgency
   */
  @Kind("classify.urgency-classified")
  record UrgencyClassified(Classification result, boolean applied) implements TicketChange {

    /** Rejects a missing result. */
    public UrgencyClassified {
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * Files were attached to the ticket.
   *
   * @param files the files, as the attachment store named them
   */
  @Kind("ticket.files-attached")
  record FilesAttached(List<AttachmentRef> files) implements TicketChange {

    /** Copies the files. */
    public FilesAttached {
      files = List.copyOf(files);
    }
  }

  /**
   * A level of an escalation rule fired.
   *
   * @param rule the rule's id
   * @param level the level
   * @param cycle the ticket's cycle it fired in
   * @param saw the values its condition saw ({@code "RESPONSE"} -> {@code "82 %"},
   *     {@code "unassigned"} -> {@code "PT31M"})
   */
  @Kind("escalation.fired")
  record EscalationFired(String rule, int level, int cycle, Map<String, String> saw)
      implements TicketChange {

    /** Rejects a missing rule; copies what it saw. */
    public EscalationFired {
      Objects.requireNonNull(rule, "rule");
      saw = Map.copyOf(saw);
    }
  }

  /**
   * A notification to deliver later through a notifier: planned here, sent by the outbox.
   *
   * @param recipientKind {@code ROLE}, {@code GROUP} or {@code PERSON}
   * @param recipient who: a role name, a group id or a person's id
   * @param resolvedTo the person or group the role meant for this ticket, or {@code null} when
   *     nobody holds the role (the notification then waits for an operator)
   * @param rule the escalation rule that planned it
   * @param level its level
   * @param deliverAt not before this instant (the start of the recipient's hours, or now)
   */
  @Kind("notice.planned")
  record NotificationPlanned(String recipientKind, String recipient, String resolvedTo, String rule, int level,
      Instant deliverAt) implements TicketChange {

    /** Rejects missing parts. */
    public NotificationPlanned {
      Objects.requireNonNull(recipientKind, "recipientKind");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(deliverAt, "deliverAt");
    }
  }

  /**
   * The ticket moved to a higher support line (functional escalation).
   *
   * @param from the line before
   * @param to the line after
   * @param group the group of that line that takes it, or {@code null} when it stays
   */
  @Kind("ticket.line-raised")
  record LineRaised(SupportLine from, SupportLine to, String group) implements TicketChange {

    /** Rejects a move down. */
    public LineRaised {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.compareTo(from) < 0) {
        throw new IllegalArgumentException("a line never goes down: " + from + " -> " + to);
      }
    }
  }

  /**
   * When escalation rules next need a look at the ticket changed (a threshold or a repeat
   * interval ahead; {@code null}: none).
   *
   * @param dueAt the instant, or {@code null}
   */
  @Kind("escalation.due")
  record EscalationDue(Instant dueAt) implements TicketChange {}

  /**
   * The command came as a message through a channel; the store keeps the message id so that the
   * same message again is known as a duplicate, and a reply to it finds its ticket.
   *
   * @param channel the channel's name
   * @param messageId the message's id
   * @param from the sender's address
   * @param refusedAttachments files not taken, each with the reason
   */
  @Kind("channel.message-received")
  record MessageReceived(String channel, String messageId, String from, List<String> refusedAttachments)
      implements TicketChange {

    /** Rejects missing parts; copies the list. */
    public MessageReceived {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(from, "from");
      refusedAttachments = List.copyOf(refusedAttachments);
    }
  }

  /**
   * The urgency class changed.
   *
   * @param from the class before
   * @param to the class after
   */
  @Kind("ticket.urgency-changed")
  record UrgencyChanged(Urgency from, Urgency to) implements TicketChange {

    /** Rejects missing parts. */
    public UrgencyChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A knowledge-base article was linked, at the revision the requester was sent: later edits of
   * the article never change what this link shows.
   *
   * @param articleId the article's id
   * @param revision the revision linked; 0 for a link made before desk kept revisions (version 1)
   * @param title the revision's title, or {@code null} for such a link
   */
  @Kind(value = "ticket.article-linked", version = 2)
  record KnowledgeArticleLinked(String articleId, int revision, String title) implements TicketChange {

    /** Rejects a missing id or a negative revision. */
    public KnowledgeArticleLinked {
      Objects.requireNonNull(articleId, "articleId");
      if (revision < 0) {
        throw new IllegalArgumentException("revision must be 0 or more, not " + revision);
      }
    }

    /** A link to an article by id alone, as links were before desk kept revisions. */
    public KnowledgeArticleLinked(String articleId) {
      this(articleId, 0, null);
    }
  }

  /**
   * Somebody started to follow the ticket.
   *
   * @param watcherId who
   */
  @Kind("ticket.watcher-added")
  record WatcherAdded(String watcherId) implements TicketChange {

    /** Rejects a missing id. */
    public WatcherAdded {
      Objects.requireNonNull(watcherId, "watcherId");
    }
  }

  /**
   * The requester moved to another channel (004 s.5: from the phone to mail or the portal when the
   * specialist asks): from now on notices go by the media chosen here.
   *
   * @param channel the channel the requester uses from now on
   * @param noticesBy the media notices go by from now on, each with a contact of its kind
   * @param contacts the requester's contacts from now on
   */
  @Kind("ticket.channel-switched")
  record ChannelSwitched(Channel channel, List<ContactKind> noticesBy, List<Contact> contacts) implements TicketChange {

    /** Rejects missing parts; copies the lists. */
    public ChannelSwitched {
      Objects.requireNonNull(channel, "channel");
      noticesBy = List.copyOf(noticesBy);
      contacts = List.copyOf(contacts);
    }
  }

  /** A change of one SLA clock; {@link #kind()} says which. */
  sealed interface ClockChange extends TicketChange {
    /** The clock it changes. */
    SlaClockKind kind();
  }

  /**
   * An SLA clock started (at registration, or anew for the next cycle).
   *
   * @param kind which clock
   * @param policyId the policy that set the target
   * @param target the working time allowed
   * @param calendarId the calendar it counts on
   * @param cycle the cycle it starts
   * @param consumed working time already consumed (carried over into a new cycle, or zero)
   * @param deadline when the target runs out if it keeps running
   * @param nextDue when the sweep must look at it next
   */
  @Kind("sla.clock-started")
  record ClockStarted(SlaClockKind kind, String policyId, Duration target, String calendarId, int cycle,
      Duration consumed, Instant deadline, Instant nextDue) implements ClockChange {

    /** Rejects missing parts. */
    public ClockStarted {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(calendarId, "calendarId");
      Objects.requireNonNull(consumed, "consumed");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * An SLA clock paused; the ticket's state stops it counting.
   *
   * @param kind which clock
   * @param consumed working time consumed when it paused
   * @param state the lifecycle state that pauses it
   */
  @Kind("sla.clock-paused")
  record ClockPaused(SlaClockKind kind, Duration consumed, String state) implements ClockChange {

    /** Rejects missing parts. */
    public ClockPaused {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(consumed, "consumed");
    }
  }

  /**
   * An SLA clock resumed after a pause.
   *
   * @param kind which clock
   * @param deadline its new deadline
   * @param nextDue when the sweep must look at it next
   */
  @Kind("sla.clock-resumed")
  record ClockResumed(SlaClockKind kind, Instant deadline, Instant nextDue) implements ClockChange {

    /** Rejects missing parts. */
    public ClockResumed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * An SLA clock stopped: its goal was reached (or the ticket ended).
   *
   * @param kind which clock
   * @param consumed working time consumed in all
   * @param met whether it stopped within its target
   * @param overBy by how much working time the target was exceeded; zero when met
   */
  @Kind("sla.clock-stopped")
  record ClockStopped(SlaClockKind kind, Duration consumed, boolean met, Duration overBy) implements ClockChange {

    /** Rejects missing parts. */
    public ClockStopped {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(consumed, "consumed");
      Objects.requireNonNull(overBy, "overBy");
    }
  }

  /**
   * An SLA clock crossed a warning threshold.
   *
   * @param kind which clock
   * @param level the threshold's place in the ladder, from 1
   * @param threshold the threshold as written ({@code 80%}, {@code PT1H before})
   * @param deadline the clock's deadline
   * @param nextDue when the sweep must look at it next
   */
  @Kind("sla.clock-warning")
  record ClockWarning(SlaClockKind kind, int level, String threshold, Instant deadline, Instant nextDue)
      implements ClockChange {

    /** Rejects missing parts. */
    public ClockWarning {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(threshold, "threshold");
    }
  }

  /**
   * An SLA clock's target ran out.
   *
   * @param kind which clock
   * @param deadline the deadline that passed
   */
  @Kind("sla.clock-breached")
  record ClockBreached(SlaClockKind kind, Instant deadline) implements ClockChange {

    /** Rejects missing parts. */
    public ClockBreached {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * A reclassification (category, urgency, type) selected another policy: its target and its
   * calendar hold from now on. The working time consumed so far is kept, counted on the calendar
   * the clock had until now; what remains of the new target is counted on the new calendar.
   *
   * <p>Version 2 added {@code calendarId} and {@code consumed}; a version 1 event has neither,
   * and the clock kept its calendar and went on counting from where it was.
   *
   * @param kind which clock
   * @param policyId the newly selected policy
   * @param target the new target
   * @param deadline the new deadline; {@code null} when the clock does not run
   * @param nextDue when the sweep must look at it next
   * @param calendarId the calendar the clock counts on from now on; {@code null} in version 1
   * @param consumed working time consumed when the target changed; {@code null} in version 1
   */
  @Kind(value = "sla.clock-target-changed", version = 2)
  record ClockTargetChanged(SlaClockKind kind, String policyId, Duration target, Instant deadline, Instant nextDue,
      String calendarId, Duration consumed) implements ClockChange {

    /** Rejects missing parts. */
    public ClockTargetChanged {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(target, "target");
    }

    /** A version 1 change: the clock keeps its calendar and what it had consumed. */
    public ClockTargetChanged(SlaClockKind kind, String policyId, Duration target, Instant deadline, Instant nextDue) {
      this(kind, policyId, target, deadline, nextDue, null, null);
    }
  }
}
