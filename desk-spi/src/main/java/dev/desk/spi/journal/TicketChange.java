package dev.desk.spi.journal;

import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.Requester;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.util.List;
import java.util.Objects;

/** What one journal event changed. Each kind is a record nested here. */
public sealed interface TicketChange {

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
   * @param resolution the answer
   */
  record Resolved(String resolution) implements TicketChange {

    /** Rejects a missing resolution. */
    public Resolved {
      Objects.requireNonNull(resolution, "resolution");
    }
  }

  /** The requester reopened a resolved ticket; its resolution no longer stands. */
  record Reopened() implements TicketChange {}

  /**
   * The ticket was refused for one of the allowed reasons.
   *
   * @param reason the refusal reason
   */
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
  record CategoryChanged(String from, String to) implements TicketChange {

    /** Rejects missing parts. */
    public CategoryChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The urgency class changed.
   *
   * @param from the class before
   * @param to the class after
   */
  record UrgencyChanged(Urgency from, Urgency to) implements TicketChange {

    /** Rejects missing parts. */
    public UrgencyChanged {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A knowledge-base article was linked.
   *
   * @param articleId the article's id
   */
  record KnowledgeArticleLinked(String articleId) implements TicketChange {

    /** Rejects a missing id. */
    public KnowledgeArticleLinked {
      Objects.requireNonNull(articleId, "articleId");
    }
  }

  /**
   * Somebody started to follow the ticket.
   *
   * @param watcherId who
   */
  record WatcherAdded(String watcherId) implements TicketChange {

    /** Rejects a missing id. */
    public WatcherAdded {
      Objects.requireNonNull(watcherId, "watcherId");
    }
  }
}
