package dev.desk.examples.cli;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** The files the tool reads: a file it cannot read is bad input, said in a sentence. */
final class InputFiles {

  private InputFiles() {}

  /** What {@code parse} makes of a file; a file that cannot be read is a {@link DeskException}. */
  static <T> T read(Path file, BiFunction<Reader, String, T> parse) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.apply(in, file.toString());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** Why a file could not be read, in words. */
  static DeskException cannotRead(Path file, IOException e) {
    String why = e instanceof NoSuchFileException ? "There is no file " + file + "."
        : e instanceof AccessDeniedException ? "The file " + file + " may not be read."
        : Files.isDirectory(file) ? file + " is a folder, not a file." : "The file " + file + " cannot be read.";
    return new DeskException(ErrorCode.CONFIGURATION_INVALID, why);
  }
}
