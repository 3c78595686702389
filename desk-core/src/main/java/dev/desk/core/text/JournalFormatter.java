package dev.desk.core.text;

import dev.desk.core.internal.Records;
import dev.desk.spi.journal.EventKinds;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A ticket's journal as people read it: one line per event, in one language and one time zone,
 * durations in words, statuses and urgencies by their labels ("статус новое → назначено"), never
 * ISO codes or enum names in prose. For hosts that show a journal to staff; the demo prints with it.
 *
 * <p>The words are patterns in {@code journal*.properties} beside this class, one per event kind
 * ({@code ticket.status-changed=status {from:status} → {to:status} ({action})}), a host adding a
 * language with a bundle of its own. A placeholder names a field of the event's record, a field of
 * a field after a dot ({@code {result.urgency}}), or each item's field of a list after a slash
 * ({@code {files/fileName}}); after a colon, the label kind it reads by ({@link Labels}). A kind may
 * have variants by a yes/no field or a missing one ({@code sla.clock-stopped.met.false}, {@code
 * ticket.line-raised.group.null}). An event kind without a pattern reads as its name. Thread-safe.
 */
public final class JournalFormatter {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ResourceBundle words;
  private final Labels labels;
  private final DurationWords durations;
  private final ZoneId zone;

  private JournalFormatter(Locale language, ZoneId zone) {
    this.words = ResourceBundle.getBundle("dev.desk.core.text.journal", language,
        JournalFormatter.class.getClassLoader(), NO_FALLBACK);
    this.labels = Labels.of(language);
    this.durations = DurationWords.of(language.getLanguage());
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** A formatter in a language ({@code ru}, {@code en} or one a host added), its instants in a zone. */
  public static JournalFormatter of(Locale language, ZoneId zone) {
    return new JournalFormatter(Objects.requireNonNull(language, "language"), zone);
  }

  /**
   * The events as lines: when, who (in which role), what; why, where the event has a reason,
   * said once for the events of one command.
   */
  public List<String> lines(List<JournalEvent> journal) {
    List<String> out = new ArrayList<>(journal.size());
    JournalEvent previous = null;
    for (JournalEvent e : journal) {
      boolean sameCommand = previous != null && previous.occurredAt().equals(e.occurredAt())
          && previous.actorId().equals(e.actorId()) && Objects.equals(previous.reason(), e.reason());
      out.add(line(e, e.reason() != null && !sameCommand));
      previous = e;
    }
    return out;
  }

  /** One event as a line, with its reason if it has one. */
  public String line(JournalEvent event) {
    return line(event, event.reason() != null);
  }

  private String line(JournalEvent e, boolean withReason) {
    String pattern = words.getString(withReason ? "line.reason" : "line");
    return fill(pattern, key -> switch (key) {
      case "sequence" -> String.valueOf(e.sequence());
      case "time" -> at(e.occurredAt());
      case "actor" -> e.actorId();
      case "role" -> labels.of("role", e.actorRole().name());
      case "change" -> describe(e.change());
      case "reason" -> e.reason();
      default -> "";
    });
  }

  /** What one change did, in words. */
  public String describe(TicketChange change) {
    Objects.requireNonNull(change, "change");
    String kind = change instanceof TicketChange.Unrecognised u ? "unrecognised" : EventKinds.name(change);
    String pattern = pattern(kind, change);
    if (pattern == null) {
      return kind;
    }
    return fill(pattern, key -> placeholder(change, key));
  }

  /** The pattern of a kind: its first variant that holds, else its plain one, else null. */
  private String pattern(String kind, TicketChange change) {
    for (Records.Field f : Records.fields(change.getClass())) {
      Object value = f.of((Record) change);
      String variant = value == null ? kind + "." + f.name() + ".null"
          : value instanceof Boolean b ? kind + "." + f.name() + "." + b : null;
      if (variant != null && words.containsKey(variant)) {
        return words.getString(variant);
      }
    }
    return words.containsKey(kind) ? words.getString(kind) : null;
  }

  /** A placeholder's words: {@code path}, {@code path:label} or {@code list/field}. */
  private String placeholder(TicketChange change, String key) {
    int colon = key.indexOf(':');
    String label = colon < 0 ? null : key.substring(colon + 1);
    String path = colon < 0 ? key : key.substring(0, colon);
    int slash = path.indexOf('/');
    Object value = resolve(change, slash < 0 ? path : path.substring(0, slash));
    if (value instanceof List<?> list) {
      StringJoiner items = new StringJoiner(", ");
      for (Object item : list) {
        items.add(words(slash < 0 ? item : resolve(item, path.substring(slash + 1)), label));
      }
      return items.toString();
    }
    return words(value, label);
  }

  private String words(Object value, String label) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant i) {
      return at(i);
    }
    if (value instanceof Duration d) {
      return durations.format(d);
    }
    String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    if ("threshold".equals(label)) {
      return threshold(text);
    }
    if ("state".equals(label)) {
      return labels.state(text);
    }
    return label == null ? text : labels.of(label, text);
  }

  /** A warning rung ("80%", "PT10M before") in words. */
  private String threshold(String text) {
    if (!text.endsWith(" before")) {
      return text;
    }
    try {
      Duration before = Duration.parse(text.substring(0, text.length() - " before".length()));
      return fill(words.getString("value.before"), k -> durations.format(before));
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  private String at(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }

  /** A dotted path of record fields from a value; null where a step is missing. */
  private static Object resolve(Object value, String path) {
    Object at = value;
    for (String step : path.split("\\.")) {
      if (!(at instanceof Record r)) {
        return null;
      }
      Object next = null;
      for (Records.Field f : Records.fields(r.getClass())) {
        if (f.name().equals(step)) {
          next = f.of(r);
        }
      }
      at = next;
    }
    return at;
  }


  private static String fill(String pattern, Function<String, String> value) {
    return Placeholders.fill(pattern, value);
  }
}
