package dev.desk.core.feature;

import dev.desk.core.attachment.FilesAsked;
import dev.desk.core.command.FeatureCommand;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.engine.Decision;
import dev.desk.core.engine.Feature;
import dev.desk.core.internal.TicketDecider;
import dev.desk.core.view.RequesterEntry;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tickets and their lifecycle: decides every command of the core command set. Thread-safe. */
public final class TicketsFeature implements Feature {

  private final TicketDecider decider;

  /** The feature over a decider of the desk's lifecycle and directory. */
  public TicketsFeature(TicketDecider decider) {
    this.decider = decider;
  }

  @Override
  public String name() {
    return "tickets";
  }

  @Override
  public List<Class<? extends TicketChange.Extension>> kinds() {
    return List.of(FilesAsked.class);
  }

  /** The request, public messages, files, statuses, the resolution, a refusal and linked articles. */
  @Override
  public Optional<RequesterEntry> forRequester(JournalEvent e) {
    RequesterEntry.Author from = e.actorRole() == ActorRole.REQUESTER ? RequesterEntry.Author.REQUESTER
        : RequesterEntry.Author.SUPPORT;
    TicketChange c = e.change();
    if (c instanceof TicketChange.Registered r) {
      return Optional.of(new RequesterEntry.Registered(e.occurredAt(), r.number(), r.subject(), r.description(),
          names(r.attachments())));
    } else if (c instanceof TicketChange.Commented m && !m.internal()) {
      return Optional.of(new RequesterEntry.Message(e.occurredAt(), from, m.text()));
    } else if (c instanceof TicketChange.FilesAttached f) {
      return Optional.of(new RequesterEntry.Files(e.occurredAt(), from, names(f.files())));
    } else if (c instanceof TicketChange.StatusChanged s && !s.from().equals(s.to())) {
      return Optional.of(new RequesterEntry.Status(e.occurredAt(), s.to()));
    } else if (c instanceof TicketChange.Resolved r) {
      return Optional.of(new RequesterEntry.Resolution(e.occurredAt(), r.resolution()));
    } else if (c instanceof TicketChange.Rejected r) {
      return Optional.of(new RequesterEntry.Refused(e.occurredAt(), r.reason()));
    } else if (c instanceof TicketChange.KnowledgeArticleLinked a) {
      return Optional.of(new RequesterEntry.Article(e.occurredAt(), a.articleId(), a.revision(), a.title()));
    } else if (c instanceof TicketChange.ChannelSwitched w) {
      return Optional.of(new RequesterEntry.ChannelChanged(e.occurredAt(), w.channel(), w.noticesBy()));
    } else if (c instanceof FilesAsked f) {
      return Optional.of(new RequesterEntry.FilesWanted(e.occurredAt(), f.types().stream().map(Enum::name).toList()));
    }
    return Optional.empty();
  }

  private static List<String> names(List<AttachmentRef> files) {
    return files.stream().map(AttachmentRef::fileName).toList();
  }

  @Override
  public Optional<Decision> decide(TicketSnapshot ticket, Actor actor, TicketCommand command, Instant now) {
    if (command instanceof FeatureCommand) {
      return Optional.empty(); // a feature module's own
    }
    return Optional.of(decider.decide(ticket, actor, command, now));
  }
}
