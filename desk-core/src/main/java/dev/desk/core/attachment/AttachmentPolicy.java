package dev.desk.core.attachment;

import dev.desk.spi.error.ValidationException;
import dev.desk.spi.storage.AttachmentStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which attached files a ticket takes. The contact-centre rules allow JPEG, PNG and PDF up to
 * 3 MB each; other rules may take more {@link FileType kinds} (a ticket type whose specialists
 * ask for screen recordings or logs). The type is judged from the file's first bytes, so a
 * program renamed to {@code photo.png} is refused and a PDF sent as {@code application/octet-stream} is taken. A
 * refused file never stops the ticket: the caller registers it without the file and says why.
 * Immutable and thread-safe.
 */
public final class AttachmentPolicy {

  /** Why a file was refused. */
  public enum Refusal {
    /** Its content is not of an allowed type. */
    TYPE_NOT_ALLOWED,
    /** It is larger than allowed. */
    TOO_LARGE,
    /** It is empty. */
    EMPTY,
    /** The message has more files than allowed; the later ones are refused. */
    TOO_MANY,
    /** Its name is one no store keeps as given (too long, NUL, a broken character); the verdict shows it shortened. */
    NAME_NOT_ALLOWED
  }

  /**
   * The verdict on one file.
   *
   * @param fileName the name the sender gave
   * @param mediaType the type judged from the content, or {@code null} when refused
   * @param refusal why it was refused, or {@code null} when accepted
   */
  public record Verdict(String fileName, String mediaType, Refusal refusal) {
    /** Whether the file is taken. */
    public boolean accepted() {
      return refusal == null;
    }
  }

  private static final Set<FileType> CONTACT_CENTRE = EnumSet.of(FileType.JPEG, FileType.PNG, FileType.PDF);

  private final long maxBytes;
  private final int maxCount;
  private final Set<FileType> types;

  private AttachmentPolicy(long maxBytes, int maxCount, Set<FileType> types) {
    if (maxBytes < 1 || maxCount < 0 || types.isEmpty()) {
      throw new IllegalArgumentException("maxBytes must be positive, maxCount not negative, and some type allowed");
    }
    this.maxBytes = maxBytes;
    this.maxCount = maxCount;
    this.types = Set.copyOf(types);
  }

  /** The contact-centre rules: JPEG, PNG and PDF, at most 3 MB each, at most 5 a message. */
  public static AttachmentPolicy contactCentre() {
    return new AttachmentPolicy(3L * 1024 * 1024, 5, CONTACT_CENTRE);
  }

  /** The same types with other limits. */
  public static AttachmentPolicy of(long maxBytes, int maxCount) {
    return new AttachmentPolicy(maxBytes, maxCount, CONTACT_CENTRE);
  }

  /**
   * These types with these limits: for tickets whose specialists ask for screen recordings or
   * data files, say {@code of(50 MB, 5, JPEG, PNG, PDF, MP4, WEBM, ZIP, TEXT)}.
   */
  public static AttachmentPolicy of(long maxBytes, int maxCount, FileType... types) {
    return new AttachmentPolicy(maxBytes, maxCount, types.length == 0 ? Set.of() : EnumSet.copyOf(List.of(types)));
  }

  /** These rules taking these kinds of file as well, within the same limits. */
  public AttachmentPolicy withMoreTypes(Set<FileType> more) {
    if (types.containsAll(more)) {
      return this;
    }
    Set<FileType> all = EnumSet.copyOf(types);
    all.addAll(more);
    return new AttachmentPolicy(maxBytes, maxCount, all);
  }

  /** The largest file taken, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The most files taken at once. */
  public int maxCount() {
    return maxCount;
  }

  /** The kinds of file taken. */
  public Set<FileType> types() {
    return types;
  }

  /** The type of the content by its first bytes, or {@code null} when it is none of JPEG, PNG and PDF. */
  public static String mediaTypeOf(byte[] content) {
    return typeOf(content, CONTACT_CENTRE);
  }

  /** The media type of the first allowed kind the content is of, or {@code null}. */
  private static String typeOf(byte[] content, Set<FileType> allowed) {
    for (FileType t : FileType.values()) { // in the enum's order: the binary formats before text
      if (allowed.contains(t) && t.matches(content)) {
        return t.mediaType();
      }
    }
    return null;
  }

  /** The verdict on one file. */
  public Verdict judge(String fileName, byte[] content) {
    Objects.requireNonNull(content, "content");
    try {
      AttachmentStore.requireStorable(fileName, "application/octet-stream");
    } catch (ValidationException e) {
      return new Verdict(shown(fileName), null, Refusal.NAME_NOT_ALLOWED);
    }
    if (content.length == 0) {
      return new Verdict(fileName, null, Refusal.EMPTY);
    }
    if (content.length > maxBytes) {
      return new Verdict(fileName, null, Refusal.TOO_LARGE);
    }
    String type = typeOf(content, types);
    return type == null ? new Verdict(fileName, null, Refusal.TYPE_NOT_ALLOWED) : new Verdict(fileName, type, null);
  }

  /** A name that cannot be kept, as it may be shown: at most 64 characters, broken ones replaced. */
  private static String shown(String name) {
    if (name == null || name.isBlank()) {
      return "(no name)";
    }
    StringBuilder out = new StringBuilder();
    name.codePoints().limit(64).forEach(c -> out.appendCodePoint(c == 0 || Character.isSurrogate((char) c)
        && c <= Character.MAX_VALUE ? '\uFFFD' : c));
    return out.toString();
  }

  /**
   * The verdicts on a message's files, in order; files beyond the count limit are refused.
   *
   * @param names the names the sender gave
   * @param contents the contents, one for each name
   */
  public List<Verdict> judgeAll(List<String> names, List<byte[]> contents) {
    if (names.size() != contents.size()) {
      throw new IllegalArgumentException("one name for each content");
    }
    List<Verdict> out = new ArrayList<>(names.size());
    int taken = 0;
    for (int i = 0; i < names.size(); i++) {
      Verdict v = judge(names.get(i), contents.get(i));
      if (v.accepted() && ++taken > maxCount) {
        v = new Verdict(v.fileName(), null, Refusal.TOO_MANY);
      }
      out.add(v);
    }
    return out;
  }
}
