package dev.desk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An H2 file in a temporary directory of its own, deleted with the directory when the trial
 * ends: a registration benchmark leaves gigabytes, and a few runs filled a disk.
 */
final class ScratchH2 implements AutoCloseable {

  private final Path dir;

  ScratchH2(String name) throws IOException {
    dir = Files.createTempDirectory(name);
  }

  /** The database's URL, with {@code extra} settings appended. */
  String url(String extra) {
    return "jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath() + extra;
  }

  /** Deletes the directory; call after the store is closed. */
  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
