package dev.desk.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

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
          where(source, at) + ": " + (cause != null ? cause.getMessage() : problem(e)), e);
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

  /**
   * What a parser or mapper found wrong, in the words of the file's author: what was expected
   * and what was found ("a list was expected here, not a number"), never a Java type or parser token.
   */
  public static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown key " + u.getPropertyName() + " (known: " + String.join(", ",
          u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")";
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return f.getValue() + " is not one of " + String.join(", ",
          Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).toList());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      JsonToken found = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
      return expected(m.getTargetType()) + " was expected here" + (found == null ? "" : ", not " + found(found));
    }
    // a syntax error: the parser's own words name no Java types, only where its token types are quoted
    return Objects.requireNonNullElse(e.getOriginalMessage(), "the file cannot be read here")
        .replaceAll("`[^`]*`", "a value").replaceAll("\\(token `?JsonToken\\.[A-Z_]+`?\\)", "").strip();
  }

  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    } else if (Map.class.isAssignableFrom(type)) {
      return "a mapping of keys to values";
    } else if (type == String.class || type == Duration.class || type.getName().startsWith("java.time")) {
      return "a text";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    } else if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    } else if (type.isEnum()) {
      return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    }
    return "a mapping of keys to values";
  }

  private static String found(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_STRING -> "a text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "nothing";
      default -> "something else";
    };
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
