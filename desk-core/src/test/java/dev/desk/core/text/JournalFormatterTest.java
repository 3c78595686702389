package dev.desk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.desk.spi.journal.EventKinds;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.Urgency;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The journal as people read it: one language, one zone, durations in words, labels for names. */
final class JournalFormatterTest {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final TicketId ID = TicketId.random();
  private static final Instant AT = Instant.parse("2026-03-02T06:00:00Z");

  private static JournalEvent event(int sequence, String actor, ActorRole role, String reason, TicketChange change) {
    return new JournalEvent(ID, sequence, AT, actor, role, reason, change);
  }

  private final List<JournalEvent> assignment = List.of(
      event(2, "petrov", ActorRole.AGENT, "typical request",
          new TicketChange.StatusChanged("NEW", "WAITING_FOR_CUSTOMER", "REQUEST_INFORMATION")),
      event(3, "petrov", ActorRole.AGENT, "typical request",
          new TicketChange.ClockStopped(SlaClockKind.RESPONSE, Duration.ofMinutes(124), false, Duration.ofMinutes(4))),
      event(4, "petrov", ActorRole.AGENT, null, new TicketChange.UrgencyChanged(Urgency.URGENT, Urgency.EMERGENCY)));

  @Test
  void englishInTheReadersZoneWithDurationsInWordsAndTheReasonOnce() {
    assertEquals(List.of(
            "2026-03-02 09:00  petrov (agent)  status new → waiting for the requester (REQUEST_INFORMATION); "
                + "why: typical request",
            "2026-03-02 09:00  petrov (agent)  response clock stopped after 2 h 4 min: breached by 4 min",
            "2026-03-02 09:00  petrov (agent)  urgency urgent → emergency"),
        JournalFormatter.of(Locale.ENGLISH, MOSCOW).lines(assignment));
  }

  @Test
  void russianThroughout() {
    assertEquals(List.of(
            "2026-03-02 09:00  petrov (специалист)  статус новое → ожидает ответа заявителя (REQUEST_INFORMATION); "
                + "причина: typical request",
            "2026-03-02 09:00  petrov (специалист)  часы «реакция» остановлены после 2 ч 4 мин: просрочено на 4 мин",
            "2026-03-02 09:00  petrov (специалист)  срочность срочное → аварийное"),
        JournalFormatter.of(RU, MOSCOW).lines(assignment));
  }

  @Test
  void aLanguageWithoutBundlesReadsEnglish() {
    assertEquals(JournalFormatter.of(Locale.ENGLISH, MOSCOW).lines(assignment),
        JournalFormatter.of(Locale.GERMAN, MOSCOW).lines(assignment));
  }

  /** ISO durations (PT2H4M), ISO instants (2026-03-02T06:00:00Z) and unfilled placeholders. */
  private static final Pattern CODES = Pattern.compile("\\bPT\\d|\\d{4}-\\d\\d-\\d\\dT\\d|\\{|\\}");

  @Test
  void everyKindOfTheSdkHasWordsInEachLanguageAndNoCodes() {
    for (Class<? extends TicketChange> type : EventKinds.builtIn().values()) {
      for (TicketChange change : samples(type)) {
        String english = JournalFormatter.of(Locale.ENGLISH, MOSCOW).describe(change);
        String russian = JournalFormatter.of(RU, MOSCOW).describe(change);
        assertNotEquals(EventKinds.name(change), english, () -> "no words for " + type.getSimpleName());
        assertNotEquals(english, russian, () -> "no Russian words for " + type.getSimpleName());
        assertFalse(CODES.matcher(english).find(), english);
        assertFalse(CODES.matcher(russian).find(), russian);
      }
    }
  }

  @Test
  void anUnknownKindReadsAsItsName() {
    assertEquals("an event of kind kb.article-revised (version 3) this desk does not know",
        JournalFormatter.of(Locale.ENGLISH, MOSCOW).describe(new TicketChange.Unrecognised("kb.article-revised", 3,
            "{}")));
  }

  /** An instance of a kind for each value of its yes/no fields, every other field filled with a sample. */
  private static List<TicketChange> samples(Class<? extends TicketChange> type) {
    List<TicketChange> out = new ArrayList<>();
    for (boolean flag : new boolean[] {true, false}) {
      out.add((TicketChange) sample(type, flag));
    }
    return out;
  }

  private static Object sample(Type type, boolean flag) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return "NEW";
    } else if (raw == int.class || raw == Integer.class) {
      return 1;
    } else if (raw == long.class) {
      return 1L;
    } else if (raw == double.class) {
      return 0.5;
    } else if (raw == boolean.class) {
      return flag;
    } else if (raw == Instant.class) {
      return AT;
    } else if (raw == Duration.class) {
      return Duration.ofMinutes(124);
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    } else if (raw == List.class) {
      return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0], flag));
    } else if (raw == Map.class) {
      return Map.of("status", "NEW");
    } else if (raw.isRecord()) {
      RecordComponent[] fields = raw.getRecordComponents();
      Object[] values = new Object[fields.length];
      Class<?>[] types = new Class<?>[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] = sample(fields[i].getGenericType(), flag);
        types[i] = fields[i].getType();
      }
      try {
        Constructor<?> c = raw.getDeclaredConstructor(types);
        return c.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot make a " + raw.getSimpleName(), e);
      }
    }
    throw new AssertionError("no sample for " + type);
  }
}
