package dev.desk.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads YAML or JSON configuration (calendars, urgency rules) into a definition class, turning
 * every error into a {@code CONFIGURATION_INVALID} {@link DeskException} that names the line and
 * column. Definition classes should be plain classes with setters or fields, not records: Jackson
 * buffers a record's properties and loses their positions.
 */
public final class ConfigFiles {

  private ConfigFiles() {}

  /**
   * The definition the text describes.
   *
   * @param source names the input in messages (a file name)
   */
  public static <T> T read(Reader in, String source, ObjectMapper mapper, Class<T> type) {
    try {
      CharArrayWriter text = new CharArrayWriter();
      in.transferTo(text);
      if (text.toString().isBlank()) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": the file is empty");
      }
      return mapper.readValue(text.toString(), type);
    } catch (JsonProcessingException e) {
      // the token being read (an unknown key, a bad value) rather than where the parser got to
      JsonLocation at = e.getProcessor() instanceof JsonParser parser && parser.currentTokenLocation() != null
          ? parser.currentTokenLocation() : e.getLocation();
      Throwable cause = e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof DeskException
          ? e.getCause() : null;
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
          where(source, at) + ": " + (cause != null ? cause.getMessage() : e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + e.getMessage(), e);
    }
  }

  /** The whole text of a reader; a failure to read is a {@code CONFIGURATION_INVALID} naming the source. */
  public static String text(Reader in, String source) {
    try {
      CharArrayWriter all = new CharArrayWriter();
      in.transferTo(all);
      return all.toString();
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + e.getMessage(), e);
    }
  }

  /** {@code "rules.yaml line 4 column 3"}, or just the source when the place is unknown. */
  public static String where(String source, JsonLocation at) {
    return at == null ? source : source + " line " + at.getLineNr() + " column " + at.getColumnNr();
  }

  /** Refuses an unknown key at the key's own line (Jackson's default points past its value). */
  public static DeserializationProblemHandler unknownKeys(String known) {
    return new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
          Object beanOrClass, String propertyName) throws IOException {
        throw JsonMappingException.from(p, "unknown key " + propertyName + " (known: " + known + ")");
      }
    };
  }
}
