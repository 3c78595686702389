package dev.desk.core.internal;

import dev.desk.core.attachment.AttachmentPolicy;
import dev.desk.core.attachment.FileType;
import dev.desk.core.attachment.FilesAsked;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The content rules on every path a file reaches a ticket (registration, attachment, reply), not
 * only through the inbox: a reference must name content the attachment store holds, as the store
 * describes it, stored by the actor or for a ticket the actor may read ({@link
 * AccessPolicy#mayUseFile}; any other answers as a file that does not exist), and that content
 * must pass the rules (type by its first bytes, size, count). Thread-safe.
 */
public final class AttachmentCheck {

  private final AttachmentStore store;
  private final AttachmentPolicy defaultRules;
  private final Map<TicketType, AttachmentPolicy> byType;

  /**
   * A check against this store and these rules.
   *
   * @param store where files are kept; {@code null} when the desk keeps none (every file is refused)
   * @param rules the rules for tickets of a type that has none of its own
   * @param byType the rules of ticket types that have their own
   */
  public AttachmentCheck(AttachmentStore store, AttachmentPolicy rules, Map<TicketType, AttachmentPolicy> byType) {
    this.store = store;
    this.defaultRules = rules;
    this.byType = Map.copyOf(byType);
  }

  /**
   * One violation per file that may not reach a ticket of this type, at {@code path[i]}; empty
   * when all may.
   *
   * @param journal the ticket's journal (none for a new ticket), read only when there are files: the
   *     kinds of file a specialist asked for there are taken too
   * @param actor who puts the files on the ticket
   * @param tickets finds the ticket a file was stored for
   */
  public List<Violation> check(String path, List<AttachmentRef> files, TicketType type,
      Supplier<List<JournalEvent>> journal, Actor actor, Function<TicketId, Optional<TicketSnapshot>> tickets) {
    if (files.isEmpty()) {
      return List.of();
    }
    AttachmentPolicy rules = byType.getOrDefault(type, defaultRules).withMoreTypes(asked(journal.get()));
    if (store == null) {
      return List.of(Messages.violation(path, "attachment.no-store"));
    }
    List<Violation> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    List<Integer> judged = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      AttachmentRef ref = files.get(i);
      String at = path + "[" + i + "]";
      Optional<AttachmentRef> stored = store.describe(ref.id());
      Optional<byte[]> content = stored.filter(s -> AccessPolicy.mayUseFile(actor, store.origin(ref.id()), tickets))
          .flatMap(s -> store.content(ref.id()));
      if (stored.isEmpty() || content.isEmpty()) {
        out.add(Messages.violation(at, "attachment.unknown", ref.fileName(), ref.id()));
      } else if (!stored.get().equals(ref)) {
        // the stored file's own name and size are not told: the caller may not be the one who stored it
        out.add(Messages.violation(at, "attachment.mismatch", ref.fileName()));
      } else {
        names.add(ref.fileName());
        contents.add(content.get());
        judged.add(i);
      }
    }
    List<AttachmentPolicy.Verdict> verdicts = rules.judgeAll(names, contents);
    for (int k = 0; k < verdicts.size(); k++) {
      AttachmentPolicy.Verdict v = verdicts.get(k);
      if (!v.accepted()) {
        String key = "attachment." + v.refusal().name().toLowerCase(Locale.ROOT).replace('_', '-');
        out.add(Messages.violation(path + "[" + judged.get(k) + "]", key, v.fileName(), megabytes(rules.maxBytes()),
            rules.maxCount(), rules.types().stream().sorted().map(FileType::name).collect(Collectors.joining(", "))));
      }
    }
    return out;
  }

  /** The kinds of file specialists asked for in a journal, beyond a ticket's rules' own. */
  private static Set<FileType> asked(List<JournalEvent> journal) {
    Set<FileType> asked = EnumSet.noneOf(FileType.class);
    for (JournalEvent e : journal) {
      if (e.change() instanceof FilesAsked f) {
        asked.addAll(f.types());
      }
    }
    return asked;
  }

  /** A limit in megabytes, as people read it ("3", "0.5"). */
  private static String megabytes(long bytes) {
    return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
