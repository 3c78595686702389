package dev.desk.core.calendar;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.desk.core.internal.ConfigFiles;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a business calendar from a YAML or JSON definition (JSON is YAML too). Every error
 * names the line and column. The format, with every key but {@code id} and {@code schedule}
 * optional:
 *
 * <pre>
 * id: clinic                      # the calendar's id
 * zone: Europe/Moscow             # IANA zone, default UTC
 * schedule:                       # per day of the week, or "weekdays" / "everyday"
 *   weekdays: ["08:00-12:00", "13:00-17:00"]
 *   saturday: ["09:00-13:00"]
 * production: ru                  # built-in production calendar: ru or kz; none by default
 * shortening: PT1H                # how much shorter a pre-holiday day is
 * decreeDaysWorking: false        # count the 2020-2021 decree days off as working days
 * strict: false                   # refuse years without production data instead of falling back
 * overrides:                      # per-date intervals; [] closes the date
 *   2026-12-31: []
 *   2026-12-30: ["08:30-15:00"]
 * </pre>
 */
public final class CalendarFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule().addDeserializer(WorkingInterval.class, new IntervalDeserializer()))
      .addHandler(ConfigFiles.unknownKeys(
          "id, zone, schedule, production, shortening, decreeDaysWorking, strict, overrides"))
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private CalendarFiles() {}

  /**
   * The calendar the definition describes.
   *
   * @param source names the input in error messages (a file name)
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line and what is wrong
   */
  public static BusinessCalendar read(Reader in, String source) {
    return ConfigFiles.read(in, source, MAPPER, Definition.class).toCalendar(source);
  }

  /**
   * The file's shape, checked as it is read so errors keep their line. A plain class rather
   * than a record: Jackson buffers a record's properties and loses their positions.
   */
  static final class Definition {
    private String id;
    private ZoneId zone;
    private Map<String, List<WorkingInterval>> schedule;
    private String production;
    private Duration shortening;
    private boolean decreeDaysWorking;
    private boolean strict;
    private Map<LocalDate, List<WorkingInterval>> overrides = Map.of();

    @JsonSetter
    void setId(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      id = value;
    }

    @JsonSetter
    void setZone(ZoneId value) {
      zone = value;
    }

    @JsonSetter
    void setSchedule(Map<String, List<WorkingInterval>> value) {
      weekly(value);
      schedule = Map.copyOf(value);
    }

    @JsonSetter
    void setProduction(String value) {
      if (!"ru".equals(value) && !"kz".equals(value)) {
        throw new IllegalArgumentException("production must be ru or kz, not " + value);
      }
      production = value;
    }

    @JsonSetter
    void setShortening(Duration value) {
      shortening = value;
    }

    @JsonSetter
    void setDecreeDaysWorking(boolean value) {
      decreeDaysWorking = value;
    }

    @JsonSetter
    void setStrict(boolean value) {
      strict = value;
    }

    @JsonSetter
    void setOverrides(Map<LocalDate, List<WorkingInterval>> value) {
      value.forEach((date, intervals) -> WeeklySchedule.checked(date.toString(), intervals));
      overrides = Map.copyOf(value);
    }

    BusinessCalendar toCalendar(String source) {
      if (id == null || schedule == null) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": " + (id == null ? "id" : "schedule")
            + " is required");
      }
      BusinessCalendar.Builder b = BusinessCalendar.builder(id)
          .zone(zone == null ? ZoneId.of("UTC") : zone)
          .schedule(weekly(schedule))
          .decreeDaysWorking(decreeDaysWorking)
          .strict(strict);
      if (production != null) {
        b.production(production.equals("ru") ? Calendars.russia() : Calendars.kazakhstan());
      }
      if (shortening != null) {
        b.shortening(shortening);
      }
      overrides.forEach(b::override);
      return b.build();
    }

    private static WeeklySchedule weekly(Map<String, List<WorkingInterval>> schedule) {
      EnumMap<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
      schedule.forEach((key, intervals) -> {
        List<DayOfWeek> which = switch (key.toLowerCase(Locale.ROOT)) {
          case "weekdays" -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY);
          case "everyday" -> List.of(DayOfWeek.values());
          default -> {
            try {
              yield List.of(DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("schedule key must be a day of the week, weekdays or everyday, not "
                  + key);
            }
          }
        };
        which.forEach(day -> days.put(day, intervals));
      });
      return new WeeklySchedule(days);
    }
  }

  /** {@code "08:30-17:12"} into a working interval, failing at the token's line. */
  private static final class IntervalDeserializer extends JsonDeserializer<WorkingInterval> {
    @Override
    public WorkingInterval deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return WorkingInterval.parse(text == null ? "" : text);
      } catch (IllegalArgumentException e) {
        return (WorkingInterval) ctxt.handleWeirdStringValue(WorkingInterval.class, text, e.getMessage());
      }
    }
  }
}
