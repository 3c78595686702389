package dev.desk.plugins.attachments;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps attached files in a directory: {@code root/ab/<id>.bin} with {@code root/ab/<id>.properties}
 * beside it (name, type, size, who stored it and for which ticket). Each file is written to a temporary name and moved into place, the
 * content before the description, so a reader never sees half a file and a crash leaves at most an
 * orphaned content file. Thread-safe; several processes may share the directory.
 */
public final class FileSystemAttachmentStore implements AttachmentStore {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path root;

  /** A store under this directory, made when missing. */
  public FileSystemAttachmentStore(Path root) {
    this.root = Objects.requireNonNull(root, "root");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Cannot use " + root + " for attachments: "
          + e.getMessage(), e);
    }
  }

  @Override
  public AttachmentRef put(String fileName, String mediaType, byte[] content, FileOrigin origin) {
    AttachmentStore.requireStorable(fileName, mediaType, origin);
    AttachmentRef ref = new AttachmentRef(UUID.randomUUID().toString(), fileName, mediaType, content.length);
    Properties description = new Properties();
    description.setProperty("fileName", fileName);
    description.setProperty("mediaType", mediaType);
    description.setProperty("size", Long.toString(content.length));
    description.setProperty("storedBy", origin.storedBy());
    origin.ticket().ifPresent(t -> description.setProperty("forTicket", t.toString()));
    try {
      Path dir = Files.createDirectories(root.resolve(ref.id().substring(0, 2)));
      moveIntoPlace(Files.write(Files.createTempFile(dir, ref.id(), ".tmp"), content), dir.resolve(ref.id() + ".bin"));
      Path temp = Files.createTempFile(dir, ref.id(), ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        description.store(out, null);
      }
      moveIntoPlace(temp, dir.resolve(ref.id() + ".properties"));
      return ref;
    } catch (IOException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "Cannot store attachment " + ref.id() + " under " + root
          + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<AttachmentRef> describe(String id) {
    return description(id).map(p -> new AttachmentRef(id, p.getProperty("fileName"), p.getProperty("mediaType"),
        Long.parseLong(p.getProperty("size"))));
  }

  @Override
  public Optional<FileOrigin> origin(String id) {
    return description(id).filter(p -> p.getProperty("storedBy") != null).map(p -> new FileOrigin(
        p.getProperty("storedBy"), p.getProperty("forTicket") == null ? null : TicketId.parse(p.getProperty("forTicket"))));
  }

  private Optional<Properties> description(String id) {
    Optional<Path> file = file(id, ".properties");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(p);
  }

  @Override
  public Optional<byte[]> content(String id) {
    Optional<Path> file = file(id, ".bin");
    if (file.isEmpty() || describe(id).isEmpty()) {
      return Optional.empty(); // content without a description is an interrupted put
    }
    try {
      return Optional.of(Files.readAllBytes(file.get()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void remove(String id) {
    try { // the description first: without it the content is an interrupted put, never served
      for (String suffix : new String[] {".properties", ".bin"}) {
        Optional<Path> file = file(id, suffix);
        if (file.isPresent()) {
          Files.deleteIfExists(file.get());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of an id; empty for anything that is not one of our ids (no path tricks). */
  private Optional<Path> file(String id, String suffix) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.of(root.resolve(id.substring(0, 2)).resolve(id + suffix));
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
