package dev.desk.core.calendar;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The calendars desk ships: the production calendars of Russia and Kazakhstan for
 * {@value #FIRST_YEAR}-{@value #LAST_YEAR}, and the business calendars
 * {@code ru-contact-centre}, {@code kz-standard} and {@code 24x7}. Each is built once, on first
 * use. Thread-safe.
 */
public final class Calendars {

  /** First year of the shipped production data. */
  public static final int FIRST_YEAR = 2015;
  /** Last year of the shipped production data. */
  public static final int LAST_YEAR = 2026;

  /** The regional contact centre: Moscow, Monday to Friday 08:30-17:12, Russian production calendar. */
  public static final String RU_CONTACT_CENTRE = "ru-contact-centre";
  /** Kazakhstan: Almaty time, Monday to Friday 09:00-13:00 and 14:00-18:00, Kazakh production calendar. */
  public static final String KZ_STANDARD = "kz-standard";
  /** Around the clock, every day, for emergencies. */
  public static final String ALWAYS = "24x7";

  /** The 2020-2021 days off by presidential decree (not transfers): {@link DayKind#DECREE_DAY_OFF}. */
  static final Set<LocalDate> RU_DECREE_DAYS = russianDecreeDays();

  private static final Supplier<ProductionCalendar> RUSSIA = memo(Calendars::loadRussia);
  private static final Supplier<ProductionCalendar> KAZAKHSTAN = memo(Calendars::loadKazakhstan);
  private static final Map<String, Supplier<BusinessCalendar>> BUILT_IN = Map.of(
      RU_CONTACT_CENTRE, memo(() -> BusinessCalendar.builder(RU_CONTACT_CENTRE)
          .zone(ZoneId.of("Europe/Moscow"))
          .schedule(WeeklySchedule.weekdays(WorkingInterval.of("08:30", "17:12")))
          .production(russia())
          .shortening(Duration.ofMinutes(60))
          .build()),
      KZ_STANDARD, memo(() -> BusinessCalendar.builder(KZ_STANDARD)
          .zone(ZoneId.of("Asia/Almaty"))
          .schedule(WeeklySchedule.weekdays(WorkingInterval.of("09:00", "13:00"), WorkingInterval.of("14:00", "18:00")))
          .production(kazakhstan())
          .build()),
      ALWAYS, memo(() -> BusinessCalendar.builder(ALWAYS).schedule(WeeklySchedule.allDay()).build()));

  private Calendars() {}

  /** The Russian production calendar, 2015-2026, every year verified. */
  public static ProductionCalendar russia() {
    return RUSSIA.get();
  }

  /**
   * The Kazakh production calendar, 2015-2026, none verified against an official source here;
   * 2024 and 2025 corrected by {@link KazakhHolidayRule}.
   */
  public static ProductionCalendar kazakhstan() {
    return KAZAKHSTAN.get();
  }

  /** A built-in business calendar by id. */
  public static Optional<BusinessCalendar> builtIn(String id) {
    Supplier<BusinessCalendar> calendar = BUILT_IN.get(id);
    return calendar == null ? Optional.empty() : Optional.of(calendar.get());
  }

  /** The ids of the built-in business calendars. */
  public static Set<String> builtInIds() {
    return BUILT_IN.keySet();
  }

  private static ProductionCalendar loadRussia() {
    ProductionCalendar.Builder b = ProductionCalendar.builder("ru");
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      load(b, "ru", year, true, RU_DECREE_DAYS);
    }
    return b.build();
  }

  private static ProductionCalendar loadKazakhstan() {
    ProductionCalendar.Builder b = ProductionCalendar.builder("kz");
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      load(b, "kz", year, false, Set.of());
    }
    KazakhHolidayRule.correct2024And2025(b);
    return b.build();
  }

  private static void load(ProductionCalendar.Builder b, String country, int year, boolean verified,
      Set<LocalDate> decreeDays) {
    String resource = "data/" + country + "/" + year + ".xml";
    try (InputStream in = Calendars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DeskException(ErrorCode.INTERNAL, "missing built-in calendar data " + resource);
      }
      XmlCalendarReader.read(b, in, resource, verified, decreeDays);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<LocalDate> russianDecreeDays() {
    Set<LocalDate> days = new HashSet<>();
    // the 2020 non-working period (decrees 206 and 239); 4-5 May were days off moved from January
    for (LocalDate d = LocalDate.of(2020, 3, 30); !d.isAfter(LocalDate.of(2020, 4, 30)); d = d.plusDays(1)) {
      days.add(d);
    }
    days.addAll(List.of(LocalDate.of(2020, 5, 6), LocalDate.of(2020, 5, 7), LocalDate.of(2020, 5, 8),
        LocalDate.of(2020, 6, 24), LocalDate.of(2020, 7, 1),
        LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 5), LocalDate.of(2021, 5, 6), LocalDate.of(2021, 5, 7),
        LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 2), LocalDate.of(2021, 11, 3)));
    return Set.copyOf(days);
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = supplier.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
