package dev.desk.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.journal.EventKinds;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Snapshots and journal events as JSON: exact (instants to the nanosecond, ISO-8601), readable
 * in the database, and tolerant of fields a newer desk adds. A change carries its kind's stable
 * name and version ({@code "@type":"ticket.status-changed","@v":1}); a kind this codec does not
 * know is read as {@link TicketChange.Unrecognised} and written back as it was. Journals written
 * before kinds had stable names (the Java class's simple name) still read. Thread-safe.
 */
public final class JsonCodec {

  private static final String TYPE = "@type";
  private static final String VERSION = "@v";

  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  private final ObjectWriter values = mapper.writer();
  private final ObjectWriter snapshots = mapper.writer()
      .with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  /** Class by stored name: the stable names, the old simple names, and the extension kinds desk handed over. */
  private final Map<String, Class<? extends TicketChange>> kinds = new ConcurrentHashMap<>();

  /**
   * Reads an event in one streaming pass, the change's class told by its {@code @type} (wherever
   * in the object it stands): about twice as fast as through a tree, and read models follow the
   * whole journal. Made again whenever the kinds grow; a kind it does not know is read through the
   * tree, as {@link TicketChange.Unrecognised}.
   */
  private volatile ObjectMapper streaming;

  /** A codec knowing every kind of change of the SDK. */
  public JsonCodec() {
    EventKinds.builtIn().forEach((name, type) -> {
      kinds.put(name, type);
      kinds.put(type.getSimpleName(), type); // journals stored before the stable names
    });
    streaming = streaming();
  }

  /** The change's kind in the {@code @type} property, for the streaming reader alone (the writer tags by hand). */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = TYPE)
  private interface Tagged {}

  private ObjectMapper streaming() {
    ObjectMapper out = mapper.copy().addMixIn(TicketChange.class, Tagged.class)
        .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE); // an unknown kind reads as null: the tree reads it
    kinds.forEach((name, type) -> out.registerSubtypes(new NamedType(type, name)));
    return out;
  }

  /** Learns the extension kinds of desk's features, so their events read back typed. */
  public void know(Collection<Class<? extends TicketChange.Extension>> extensions) {
    for (Class<? extends TicketChange.Extension> type : extensions) {
      Class<? extends TicketChange> known = kinds.putIfAbsent(EventKinds.of(type).value(), type);
      if (known == null) {
        streaming = streaming();
      } else if (known != type) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "the kind " + EventKinds.of(type).value()
            + " is claimed by " + known.getName() + " and " + type.getName());
      }
    }
  }

  /**
   * The snapshot as JSON, its instants and durations as numbers (seconds with nanoseconds): a
   * snapshot is read back on every command and every sweep, and numbers read in about half the
   * time of ISO text, which java.time parses through a formatter. Snapshots written as text before
   * read the same. The journal keeps ISO text: it is the record people and reports read.
   */
  public String write(TicketSnapshot snapshot) {
    return write(snapshots, snapshot);
  }

  /** The event as JSON, its change tagged with its kind; written in one pass (a commit writes several). */
  public String write(JournalEvent event) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("ticketId");
      mapper.writeValue(g, event.ticketId());
      g.writeNumberField("sequence", event.sequence());
      g.writeFieldName("occurredAt");
      mapper.writeValue(g, event.occurredAt());
      g.writeStringField("actorId", event.actorId());
      g.writeStringField("actorRole", event.actorRole().name());
      g.writeStringField("reason", event.reason());
      g.writeFieldName("change");
      g.writeRawValue(write(event.change()));
      g.writeEndObject();
    } catch (IOException e) {
      throw new DeskException(ErrorCode.INTERNAL, "cannot write a journal event as JSON", e);
    }
    return out.toString();
  }

  /** A change as JSON, its kind's name and version first. */
  public String write(TicketChange change) {
    if (change instanceof TicketChange.Unrecognised u) {
      return text(tagged(u));
    }
    String fields = write((Object) change);
    String kind = "{\"" + TYPE + "\":" + text(mapper.getNodeFactory().textNode(EventKinds.name(change))) + ",\"" + VERSION
        + "\":" + EventKinds.version(change);
    return fields.equals("{}") ? kind + "}" : kind + "," + fields.substring(1);
  }

  private String write(Object value) {
    return write(values, value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DeskException(ErrorCode.INTERNAL, "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** A change from JSON. */
  public TicketChange change(String json) {
    return change(parse(json));
  }

  /** A snapshot from JSON. */
  public TicketSnapshot snapshot(String json) {
    try {
      return mapper.readValue(json, TicketSnapshot.class);
    } catch (JsonProcessingException e) {
      throw unreadable("TicketSnapshot", e);
    }
  }

  /** An event from JSON. */
  public JournalEvent event(String json) {
    try {
      return streaming.readValue(json, JournalEvent.class);
    } catch (JsonProcessingException | RuntimeException unknownKind) {
      // a kind this codec does not know (its change read as null), or not JSON: the tree tells which
    }
    JsonNode node = parse(json);
    try {
      return new JournalEvent(mapper.treeToValue(node.get("ticketId"), TicketId.class), node.get("sequence").asLong(),
          mapper.treeToValue(node.get("occurredAt"), Instant.class), node.get("actorId").asText(),
          ActorRole.valueOf(node.get("actorRole").asText()),
          node.hasNonNull("reason") ? node.get("reason").asText() : null, change(node.get("change")));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "stored JournalEvent is not readable: " + e.getMessage(), e);
    }
  }

  /** A change of a kind this codec does not know, with the name and version it was stored with. */
  private ObjectNode tagged(TicketChange.Unrecognised u) {
    ObjectNode node = mapper.createObjectNode();
    node.put(TYPE, u.kind());
    node.put(VERSION, u.version());
    node.setAll((ObjectNode) parse(u.payload()));
    return node;
  }

  private TicketChange change(JsonNode node) {
    String kind = node.path(TYPE).asText();
    Class<? extends TicketChange> type = kinds.get(kind);
    if (type == null) {
      ObjectNode fields = ((ObjectNode) node).deepCopy();
      fields.remove(TYPE);
      fields.remove(VERSION);
      return new TicketChange.Unrecognised(kind, node.path(VERSION).asInt(1), text(fields));
    }
    try {
      // the tags are unknown properties to the record, which the mapper passes over: no copy without them
      return mapper.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw unreadable(kind, e);
    }
  }

  private JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw unreadable("JSON", e);
    }
  }

  private String text(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new DeskException(ErrorCode.INTERNAL, "cannot write JSON", e);
    }
  }

  private static DeskException unreadable(String what, JsonProcessingException e) {
    return new DeskException(ErrorCode.STORAGE_FAILURE, "stored " + what + " is not readable: " + e.getOriginalMessage(), e);
  }
}
