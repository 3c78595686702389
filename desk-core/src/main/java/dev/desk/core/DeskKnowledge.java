package dev.desk.core;

import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.internal.Messages;
import dev.desk.core.knowledge.Deflection;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.SolvedTicket;
import dev.desk.core.knowledge.Suggestions;
import dev.desk.core.knowledge.SuggestionsSent;
import dev.desk.core.view.RequesterView;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The facade's side of the knowledge base: what a registration, a link and a draft ask of it. A
 * desk without a knowledge base takes links as they are, sends no suggestions, and refuses what
 * needs one. Thread-safe as the knowledge base is.
 */
final class DeskKnowledge {

  /** How many articles the acknowledgment of a request that came as a message suggests. */
  static final int SUGGESTIONS_SENT = 3;

  private final KnowledgeBase knowledge;
  private final Directory directory;

  /** @param knowledge the desk's knowledge base, or {@code null} */
  DeskKnowledge(KnowledgeBase knowledge, Directory directory) {
    this.knowledge = knowledge;
    this.directory = directory;
  }

  /** Refuses a registration that names a suggestion session the base never showed. */
  void requireKnownSession(RegisterTicket command) {
    if (command.suggestionSession() != null && knowledge != null && !knowledge.knowsSession(command.suggestionSession())) {
      throw new ValidationException(List.of(Messages.violation("suggestionSession", "knowledge.session.unknown",
          command.suggestionSession())));
    }
  }

  /**
   * The articles the acknowledgment of a request that came as a message carries: its requester
   * could see no suggestions before it was registered. None without a knowledge base, for a
   * request that names the session it was registered after, or when nothing matches.
   */
  Suggestions toSend(RegisterTicket command, TicketChange.MessageReceived via) {
    if (knowledge == null || via == null || command.suggestionSession() != null) {
      return null;
    }
    Suggestions s = knowledge.propose(requesterOf(command), command.subject() == null ? command.description()
        : command.subject() + "\n" + command.description(), command.category(), null, SUGGESTIONS_SENT);
    return s.hits().isEmpty() ? null : s;
  }

  /** The registration's changes with the suggestions it sends, journaled with it. */
  static List<TicketChange> with(List<TicketChange> changes, Suggestions sent) {
    if (sent == null) {
      return changes;
    }
    List<TicketChange> out = new ArrayList<>(changes);
    out.add(new SuggestionsSent(sent.sessionId(), sent.hits().stream()
        .map(h -> new SuggestionsSent.Article(h.articleId(), h.revision(), h.title())).toList()));
    return out;
  }

  /**
   * Journals the suggestions sent once the registration is committed: a session journaled for a
   * ticket that failed would count as one that deflected nothing.
   */
  void shown(RegisterTicket command, Suggestions sent) {
    if (sent != null) {
      knowledge.shown(requesterOf(command), sent);
    }
  }

  /** A link as the base resolves it (its revision and title), checked against the requester's organisation. */
  TicketCommand resolve(TicketCommand command, TicketSnapshot ticket) {
    return command instanceof LinkKnowledgeArticle link && knowledge != null
        ? knowledge.linkFor(link, ticket.organisationId()) : command;
  }

  /**
   * A draft from a solved ticket or a suggestion about the base, from what its requester could
   * read.
   *
   * @throws ValidationException when the ticket is neither solved nor a suggestion
   */
  ArticleRevision draft(Actor author, TicketSnapshot ticket, Supplier<RequesterView> readable) {
    KnowledgeBase kb = require();
    boolean suggestion = ticket.type() == TicketType.SUGGESTION;
    if (!suggestion && ticket.resolution() == null) {
      throw new ValidationException(List.of(Messages.violation("ticketId", "knowledge.ticket.unsolved",
          ticket.number())));
    }
    String code = directory.organisation(ticket.organisationId()).map(Organisation::supportCode).orElse(null);
    return kb.draftFrom(author, new SolvedTicket(ticket.id(), ticket.category(), suggestion,
        ticket.requester() == null ? List.of() : List.of(ticket.requester().fullName()), code, readable.get()));
  }

  /** The deflection of the period's sessions, against the tickets' journal. */
  Deflection deflection(Instant from, Instant to, JournalFeed journal) {
    return require().deflection(from, to, journal);
  }

  /** @throws DeskException {@code CONFIGURATION_INVALID} when the desk has no knowledge base */
  KnowledgeBase require() {
    if (knowledge == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "This desk has no knowledge base: give it one with"
          + " Desk.Builder.knowledge");
    }
    return knowledge;
  }

  /** The requester as a reader of the knowledge base: what their organisation may read. */
  private static Actor requesterOf(RegisterTicket command) {
    return Actor.requester(command.requesterId() != null ? command.requesterId() : "requester",
        command.organisationId());
  }
}
