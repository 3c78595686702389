package dev.desk.core.internal;

import dev.desk.core.attachment.FilesAsked;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.AddWatcher;
import dev.desk.core.command.Assign;
import dev.desk.core.command.AttachFiles;
import dev.desk.core.command.ChangeCategory;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.Close;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.LowerLine;
import dev.desk.core.command.PerformAction;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.Reject;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.SwitchChannel;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Directory;
import dev.desk.core.engine.Decision;
import dev.desk.core.lifecycle.Action;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.State;
import dev.desk.core.lifecycle.Transition;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.Contact;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/**
 * Decides what a command does to a ticket: a pure function of (ticket, actor, command, now)
 * that returns the changes to journal or throws a typed refusal. It reads nothing and writes
 * nothing; the facade persists what it returns. Thread-safe.
 */
public final class TicketDecider {

  private final Lifecycle lifecycle;
  private final Directory directory;
  private final ServiceDirectory staff;

  /** A decider for tickets of one lifecycle, without a service directory: any group and agent name goes. */
  public TicketDecider(Lifecycle lifecycle, Directory directory) {
    this(lifecycle, directory, null);
  }

  /**
   * A decider for tickets of one lifecycle.
   *
   * @param staff the groups and agents an assignment may name; {@code null} to accept any name
   */
  public TicketDecider(Lifecycle lifecycle, Directory directory, ServiceDirectory staff) {
    this.lifecycle = lifecycle;
    this.directory = directory;
    this.staff = staff;
  }

  /**
   * Decides a command against the current ticket, which the actor is known to be allowed to see.
   *
   * @throws IllegalTransitionException when the lifecycle does not allow it now
   * @throws AccessDeniedException when the actor's role may not do it
   * @throws ValidationException when the input contradicts the ticket (the fields a transition
   *     requires are judged by the engine, on the ticket as the decision leaves it)
   */
  public Decision decide(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    if (command instanceof Assign c) {
      var line = c.line() == null ? ticket.line() : c.line();
      return assignment(ticket, actor, c.group(), line, c.assignee(), c.reason(), line.compareTo(ticket.line()) < 0
          ? Messages.violation("line", "line.lowered", ticket.line(), line) : null);
    } else if (command instanceof LowerLine c) {
      return assignment(ticket, actor, c.group(), c.line(), c.assignee(), c.reason(),
          c.line().compareTo(ticket.line()) >= 0 ? Messages.violation("line", "line.not-lower", c.line(), ticket.line())
              : null);
    } else if (command instanceof StartWork) {
      return transition(ticket, actor, Action.START_WORK, null);
    } else if (command instanceof RequestInformation c) {
      TicketChange question = new TicketChange.Commented(c.question(), false);
      return c.acceptedFiles().isEmpty()
          ? transition(ticket, actor, Action.REQUEST_INFORMATION, c.question(), question)
          : transition(ticket, actor, Action.REQUEST_INFORMATION, c.question(), question,
              new FilesAsked(c.acceptedFiles()));
    } else if (command instanceof RecordCustomerReply c) {
      TicketChange answer = new TicketChange.Commented(c.text(), false);
      return c.files().isEmpty()
          ? transition(ticket, actor, Action.CUSTOMER_REPLIED, null, answer)
          : transition(ticket, actor, Action.CUSTOMER_REPLIED, null, answer,
              new TicketChange.FilesAttached(c.files()));
    } else if (command instanceof Resolve c) {
      if (c.cause() != null && !directory.causes().containsKey(c.cause())) {
        throw new ValidationException(List.of(Messages.violation("cause", "cause.unknown", c.cause(),
            directory.causes().isEmpty() ? "-" : String.join(", ", directory.causes().keySet()))));
      }
      return StringUtils.isBlank(c.resolution())
          ? transition(ticket, actor, Action.RESOLVE, null)
          : transition(ticket, actor, Action.RESOLVE, null, new TicketChange.Resolved(c.resolution(), c.cause()));
    } else if (command instanceof Close c) {
      return transition(ticket, actor, Action.CLOSE, c.reason());
    } else if (command instanceof Reopen c) {
      return transition(ticket, actor, Action.REOPEN, c.reason());
    } else if (command instanceof Reject c) {
      return c.refusalReason() == null
          ? transition(ticket, actor, Action.REJECT, c.comment())
          : transition(ticket, actor, Action.REJECT, c.comment(), new TicketChange.Rejected(c.refusalReason()));
    } else if (command instanceof PerformAction c) {
      if (!c.action().matches("[A-Z][A-Z0-9_]*")) {
        throw new ValidationException(List.of(Messages.violation("action", "action.invalid", c.action())));
      }
      return transition(ticket, actor, Action.of(c.action()), c.reason());
    }
    return outsideLifecycle(ticket, actor, command);
  }

  private Decision outsideLifecycle(TicketSnapshot ticket, Actor actor, TicketCommand command) {
    State state = lifecycle.requireState(ticket.status());
    String what = command.getClass().getSimpleName();
    if (state.terminal()) {
      throw new IllegalTransitionException(ticket.status(), what,
          what + " is not allowed: ticket " + ticket.number() + " is " + ticket.status() + " for good");
    }
    if (command instanceof AddComment c) {
      if (c.internal()) {
        AccessPolicy.requireStaff(actor, "write internal comments");
      }
      return outside(new TicketChange.Commented(c.text(), c.internal()), null);
    }
    if (command instanceof AttachFiles c) {
      List<TicketChange> changes = new ArrayList<>(2);
      changes.add(new TicketChange.FilesAttached(c.files()));
      if (StringUtils.isNotBlank(c.note())) {
        changes.add(new TicketChange.Commented(c.note(), false));
      }
      return new Decision(changes, null, null);
    }
    if (command instanceof SwitchChannel c) {
      return switched(ticket, c);
    }
    AccessPolicy.requireStaff(actor, "run " + what);
    if (command instanceof ChangeCategory c) {
      if (directory.category(c.category()).isEmpty()) {
        throw invalid("category", "category.unknown", c.category());
      }
      if (c.category().equals(ticket.category())) {
        throw invalid("category", "category.same", c.category());
      }
      return outside(new TicketChange.CategoryChanged(ticket.category(), c.category()), c.reason());
    } else if (command instanceof ChangeUrgency c) {
      if (c.urgency() == ticket.urgency()) {
        throw invalid("urgency", "urgency.same", c.urgency());
      }
      return outside(new TicketChange.UrgencyChanged(ticket.urgency(), c.urgency()), c.reason());
    } else if (command instanceof LinkKnowledgeArticle c) {
      if (ticket.knowledgeArticles().contains(c.articleId())) {
        throw invalid("articleId", "article.linked", c.articleId());
      }
      return outside(new TicketChange.KnowledgeArticleLinked(c.articleId(), c.revision(), c.title()), null);
    } else if (command instanceof AddWatcher c) {
      if (ticket.watchers().contains(c.watcherId())) {
        throw invalid("watcherId", "watcher.present", c.watcherId());
      }
      return outside(new TicketChange.WatcherAdded(c.watcherId()), null);
    }
    throw new IllegalStateException("no decision for " + what);
  }

  private Decision transition(TicketSnapshot ticket, Actor actor, Action action, String reason,
      TicketChange... changes) {
    Transition transition = lifecycle.transition(ticket.status(), action).orElseThrow(() ->
        new IllegalTransitionException(ticket.status(), action.name(), action + " is not allowed in state "
            + ticket.status() + " of ticket " + ticket.number() + "; allowed: "
            + lifecycle.actionsFrom(ticket.status()).stream().map(Action::name).sorted()
                .collect(Collectors.joining(", ", "[", "]"))));
    if (!transition.allows(actor.role())) {
      throw new AccessDeniedException("A " + actor.role() + " may not " + action + " (allowed: "
          + transition.roles() + ")");
    }
    List<TicketChange> all = new ArrayList<>(changes.length + 2);
    all.addAll(List.of(changes));
    if (!transition.keepsState()) {
      all.add(new TicketChange.StatusChanged(transition.from(), transition.to(), action.name()));
      if (lifecycle.isReopen(transition.from(), transition.to())) {
        all.add(new TicketChange.Reopened());
      }
    }
    if (all.isEmpty()) {
      // a self-transition with no change of its own: journal that the action was taken
      all.add(new TicketChange.StatusChanged(transition.from(), transition.to(), action.name()));
    }
    return new Decision(all, StringUtils.trimToNull(reason), transition);
  }

  private static Decision outside(TicketChange change, String reason) {
    return new Decision(List.of(change), StringUtils.trimToNull(reason), null);
  }

  /** The requester's new channel: the contact given joins (or replaces) theirs of its kind; notices go by it. */
  private static Decision switched(TicketSnapshot ticket, SwitchChannel c) {
    List<Contact> contacts = new ArrayList<>(ticket.requester().contacts());
    if (StringUtils.isNotBlank(c.contact())) {
      contacts.removeIf(k -> k.kind() == c.noticesBy());
      contacts.add(0, new Contact(c.noticesBy(), c.contact().strip()));
    }
    if (contacts.stream().noneMatch(k -> k.kind() == c.noticesBy())) {
      throw invalid("contact", "noticesBy.noContact", c.noticesBy());
    }
    if (c.channel() == ticket.channel() && ticket.requester().noticesBy().equals(List.of(c.noticesBy()))
        && contacts.equals(ticket.requester().contacts())) {
      throw invalid("channel", "channel.same", c.channel());
    }
    return outside(new TicketChange.ChannelSwitched(c.channel(), List.of(c.noticesBy()), contacts), null);
  }

  /**
   * An assignment (action ASSIGN) to a group and agent the service directory knows, refused with
   * every problem at once.
   *
   * @param wrongLine why the line may not move so, or {@code null}
   */
  private Decision assignment(TicketSnapshot ticket, Actor actor, String group, SupportLine line, String agent,
      String reason, Violation wrongLine) {
    List<Violation> wrong = new ArrayList<>(knownGroup(group));
    if (wrong.isEmpty()) {
      wrong.addAll(knownAgent(group, agent));
    }
    if (wrongLine != null) {
      wrong.add(wrongLine);
    }
    if (!wrong.isEmpty()) {
      throw new ValidationException(wrong);
    }
    return transition(ticket, actor, Action.ASSIGN, reason, new TicketChange.Assigned(group, line, agent));
  }

  /** Nothing, or why the service directory does not know the group (naming the ones it knows). */
  private List<Violation> knownGroup(String group) {
    if (staff == null || staff.group(group).isPresent()) {
      return List.of();
    }
    return List.of(Messages.violation("group", "group.unknown", group, String.join(", ", new TreeSet<>(
        staff.groups().keySet()))));
  }

  /** Nothing, or why the agent is not one of the group's (naming the group's agents). */
  private List<Violation> knownAgent(String group, String agent) {
    if (staff == null || staff.agent(agent).filter(a -> a.groups().contains(group)).isPresent()) {
      return List.of();
    }
    TreeSet<String> members = new TreeSet<>();
    staff.agents().values().stream().filter(a -> a.groups().contains(group)).forEach(a -> members.add(a.id()));
    return List.of(Messages.violation("assignee", "assignee.unknown", agent, group,
        members.isEmpty() ? "-" : String.join(", ", members)));
  }

  private static ValidationException invalid(String path, String key, Object arg) {
    return new ValidationException(List.of(Messages.violation(path, key, arg)));
  }
}
