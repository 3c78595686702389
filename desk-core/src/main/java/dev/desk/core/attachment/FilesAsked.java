package dev.desk.core.attachment;

import dev.desk.spi.journal.Kind;
import dev.desk.spi.journal.TicketChange;
import java.util.List;
import java.util.Objects;

/**
 * A specialist asked the requester for kinds of file the ticket's rules do not take by themselves
 * (a screen recording, a log): from then on the ticket takes them too, within its size limit.
 *
 * @param types the kinds of file now taken
 */
@Kind("attachment.files-asked")
public record FilesAsked(List<FileType> types) implements TicketChange.Extension {

  /** Copies the list, which must not be empty. */
  public FilesAsked {
    types = List.copyOf(Objects.requireNonNull(types, "types"));
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a request for files names at least one kind");
    }
  }
}
