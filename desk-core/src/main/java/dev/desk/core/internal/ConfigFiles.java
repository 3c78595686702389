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
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML or JSON configuration (calendars, urgency rules) into a definition class, turning
 * every error into a {@code CONFIGURATION_INVALID} {@link DeskException} that names the line and
 * column. Definition classes should be plain classes with setters or fields, not records: Jackson
 * buffers a record's properties and loses their positions.
 */
public final class ConfigFiles {

  /** The most text a configuration file may hold: 4 MiB of characters. */
  public static final int MAX_CHARS = 4 << 20;
  /** The longest line. */
  public static final int MAX_LINE = 64 * 1024;
  /** The most values a document may stand for, its aliases expanded. */
  public static final int MAX_VALUES = 200_000;
  /** The deepest nesting of lists and maps. */
  public static final int MAX_DEPTH = 40;
  /** The most aliases of lists and maps. */
  public static final int MAX_ALIASES = 50;

  private ConfigFiles() {}

  /**
   * The definition the text describes.
   *
   * @param source names the input in messages (a file name)
   */
  public static <T> T read(Reader in, String source, ObjectMapper mapper, Class<T> type) {
    String text = text(in, source);
    if (text.isBlank()) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": the file is empty");
    }
    requireBounded(text, source);
    try {
      return mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      // the token being read (an unknown key, a bad value) rather than where the parser got to
      JsonLocation at = e.getProcessor() instanceof JsonParser parser && parser.currentTokenLocation() != null
          ? parser.currentTokenLocation() : e.getLocation();
      Throwable cause = e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof DeskException
          ? e.getCause() : null;
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
          where(source, at) + ": " + (cause != null ? cause.getMessage() : problem(e)), e);
    }
  }

  /**
   * The whole text of a reader, read no further than the limits: at most {@link #MAX_CHARS}
   * characters and {@link #MAX_LINE} in a line, so a huge or hostile file is refused at once,
   * naming the limit and the line, before it fills the memory.
   */
  public static String text(Reader in, String source) {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    int line = 1;
    int column = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            line++;
            column = 0;
          } else if (++column > MAX_LINE) {
            throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + " line " + line
                + ": a line is at most " + MAX_LINE + " characters long");
          }
        }
        if (all.length() + n > MAX_CHARS) {
          throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + " line " + line
              + ": a configuration file is at most " + MAX_CHARS / 1024 + " KiB");
        }
        all.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": the file cannot be read", e);
    }
    return all.toString();
  }

  /**
   * Refuses a document that nests deeper than {@link #MAX_DEPTH} or whose aliases make more than
   * {@link #MAX_VALUES} values: a few lines of anchors and aliases can stand for billions of
   * values (an alias bomb) under any limit on the count of aliases alone. Counts on the node graph,
   * where an alias is a shared node, so the count itself costs no more than the text.
   */
  public static void requireBounded(String text, String source) {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CHARS);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      return; // a syntax error: the reader says where, in its own words
    } catch (YAMLException e) { // a limit of the composer: too many aliases, too deep
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + limit(e));
    }
    if (root != null) {
      values(root, new IdentityHashMap<>(), source);
    }
  }

  private static String limit(YAMLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("aliases") ? "more than " + MAX_ALIASES + " aliases of lists or maps"
        : m.contains("depth") || m.contains("Nesting") ? "lists and maps nest deeper than " + MAX_DEPTH
        : "the file is larger than " + MAX_CHARS / 1024 + " KiB";
  }

  /** How many values the node stands for once its aliases are expanded; refuses past the limit. */
  private static long values(Node node, Map<Node, Long> known, String source) {
    Long seen = known.get(node);
    if (seen != null) {
      return seen;
    }
    long count = 1;
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        count += values(t.getKeyNode(), known, source) + values(t.getValueNode(), known, source);
        if (count > MAX_VALUES) {
          break;
        }
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        count += values(item, known, source);
        if (count > MAX_VALUES) {
          break;
        }
      }
    }
    if (count > MAX_VALUES) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + " line " + (node.getStartMark().getLine() + 1)
          + ": its aliases make more than " + MAX_VALUES + " values; a configuration file holds fewer");
    }
    known.put(node, count);
    return count;
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
