package dev.desk.core.view;

import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.RefusalReason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One line of what a requester reads of their ticket: a kind made for them, never an internal event. */
public sealed interface RequesterEntry {

  /** When it happened. */
  Instant at();

  /** Who spoke: the requester's side, or support (never a staff member's name or contacts). */
  enum Author {
    /** The requester or a colleague of their organisation. */
    REQUESTER,
    /** The support desk. */
    SUPPORT
  }

  /**
   * The request as registered: what they said.
   *
   * @param files the names of the files they sent
   */
  record Registered(Instant at, String number, String subject, String description, List<String> files)
      implements RequesterEntry {

    /** Copies the files. */
    public Registered {
      Objects.requireNonNull(at, "at");
      files = List.copyOf(files);
    }
  }

  /** A public message: theirs, or support's question or answer to them. */
  record Message(Instant at, Author from, String text) implements RequesterEntry {}

  /** Files added to the ticket, by their names. */
  record Files(Instant at, Author from, List<String> names) implements RequesterEntry {

    /** Copies the names. */
    public Files {
      names = List.copyOf(names);
    }
  }

  /** The ticket moved to a new status. */
  record Status(Instant at, String status) implements RequesterEntry {}

  /** The public resolution. */
  record Resolution(Instant at, String text) implements RequesterEntry {}

  /** The request was refused, for one of the contact-centre rules' reasons. */
  record Refused(Instant at, RefusalReason reason) implements RequesterEntry {}

  /**
   * An article of the knowledge base that answers them, at the revision they were sent.
   *
   * @param revision the revision to show them; 0 for a link made before desk kept revisions
   * @param title its title, or {@code null} for such a link
   */
  record Article(Instant at, String articleId, int revision, String title) implements RequesterEntry {}

  /**
   * The requester went on through another channel; notices follow the medium chosen (not the
   * contact itself: the requester knows it, and the view shows no addresses).
   *
   * @param channel the channel from then on
   * @param noticesBy the media notices go by from then on
   */
  record ChannelChanged(Instant at, Channel channel, List<ContactKind> noticesBy) implements RequesterEntry {}

  /**
   * Support asks for kinds of file beyond the usual (a screen recording, a log), which the ticket now takes.
   *
   * @param types the kinds, as {@link dev.desk.core.attachment.FileType} names
   */
  record FilesWanted(Instant at, List<String> types) implements RequesterEntry {
    /** Copies the list. */
    public FilesWanted {
      types = List.copyOf(types);
    }
  }
}
