package dev.desk.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Snapshots and journal events as JSON: exact (instants to the nanosecond, ISO-8601), readable
 * in the database, and tolerant of fields a newer desk adds. Change kinds are named by their
 * simple class name ({@code "@type":"StatusChanged"}). Thread-safe.
 */
public final class JsonCodec {

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
  private interface ChangeTypes {}

  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .addMixIn(TicketChange.class, ChangeTypes.class);

  /** A codec knowing every kind of change of the SPI on the class path. */
  public JsonCodec() {
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(TicketChange.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (type.isSealed()) {
        todo.addAll(List.of(type.getPermittedSubclasses()));
      } else if (type.isRecord()) {
        mapper.registerSubtypes(new NamedType(type, type.getSimpleName()));
      }
    }
  }

  /** The snapshot as JSON. */
  public String write(TicketSnapshot snapshot) {
    return write((Object) snapshot);
  }

  /** The event as JSON. */
  public String write(JournalEvent event) {
    return write((Object) event);
  }

  /** A change as JSON, with its kind. */
  public String write(TicketChange change) {
    return write((Object) change);
  }

  /** A change from JSON. */
  public TicketChange change(String json) {
    return read(json, TicketChange.class);
  }

  /** A snapshot from JSON. */
  public TicketSnapshot snapshot(String json) {
    return read(json, TicketSnapshot.class);
  }

  /** An event from JSON. */
  public JournalEvent event(String json) {
    return read(json, JournalEvent.class);
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DeskException(ErrorCode.INTERNAL, "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new DeskException(ErrorCode.STORAGE_FAILURE, "stored " + type.getSimpleName() + " is not readable: "
          + e.getOriginalMessage(), e);
    }
  }
}
