package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.Calendars;
import dev.desk.spi.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A calendar's versions count each stretch of time on the version in force while it passed: an
 * edit never changes the working time of anything before it, and after it the new version alone
 * counts.
 */
final class CalendarHistoryProperties {

  private static final int EXAMPLES = 300;

  /** The calendar's rules under one id, as a version of that calendar. */
  private static BusinessCalendar version(BusinessCalendar c) {
    BusinessCalendar.Builder b = BusinessCalendar.builder("centre").zone(c.zone()).schedule(c.schedule());
    c.production().ifPresent(b::production);
    return b.build();
  }

  @Test
  void anEditNeverChangesTheWorkingTimeBeforeIt() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.calendars(),
            lists().of(CalendarGenerators.instants()).ofSize(3))
        .checkAssert((first, second, instants) -> {
          Instant edit = instants.get(2);
          Instant[] p = {instants.get(0), instants.get(1)};
          Arrays.sort(p);
          BusinessCalendar before = version(first);
          BusinessCalendar after = version(second);
          CalendarHistory edited = CalendarHistory.of(before).edited(edit, after);
          if (!p[1].isAfter(edit)) {
            assertEquals(before.between(p[0], p[1]), edited.between(p[0], p[1]));
          } else if (!p[0].isBefore(edit)) {
            assertEquals(after.between(p[0], p[1]), edited.between(p[0], p[1]));
          } else {
            assertEquals(before.between(p[0], edit).plus(after.between(edit, p[1])), edited.between(p[0], p[1]));
          }
          assertEquals(before, edited.at(edit.minusNanos(1)));
          assertEquals(after, edited.at(edit));
        });
  }

  @Test
  void withThreeVersionsEachStretchIsCountedOnItsOwn() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), lists().of(CalendarGenerators.instants())
            .ofSize(4))
        .checkAssert((third, instants) -> {
          Instant[] p = {instants.get(0), instants.get(1)};
          Arrays.sort(p);
          Instant[] edits = {instants.get(2), instants.get(3).plusNanos(1)};
          Arrays.sort(edits);
          BusinessCalendar a = version(Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow());
          BusinessCalendar b = version(Calendars.builtIn(Calendars.ALWAYS).orElseThrow());
          BusinessCalendar c = version(third);
          CalendarHistory h = CalendarHistory.of(a).edited(edits[0], b).edited(edits[1].equals(edits[0])
              ? edits[1].plusNanos(1) : edits[1], c);
          Duration expected = Duration.ZERO;
          List<CalendarHistory.Version> v = h.versions();
          for (int i = 0; i < v.size(); i++) {
            Instant from = i == 0 ? p[0] : max(p[0], v.get(i).from());
            Instant to = i + 1 == v.size() ? p[1] : min(p[1], v.get(i + 1).from());
            if (to.isAfter(from)) {
              expected = expected.plus(v.get(i).calendar().between(from, to));
            }
          }
          assertEquals(expected, h.between(p[0], p[1]));
        });
  }

  @Test
  void addingWorkingTimeAcrossAnEditIsUndoneByCountingIt() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.calendars(),
            lists().of(CalendarGenerators.instants()).ofSize(2), CalendarGenerators.durations())
        .checkAssert((first, second, instants, work) -> {
          CalendarHistory edited = CalendarHistory.of(version(first)).edited(instants.get(1), version(second));
          Instant deadline = edited.add(instants.get(0), work);
          assertEquals(work, edited.between(instants.get(0), deadline));
          if (!deadline.isAfter(instants.get(1))) {
            assertEquals(version(first).add(instants.get(0), work), deadline, "before the edit, the old version");
          }
        });
  }

  @Test
  void aVersionGoesAfterTheLastAndIsOfTheSameCalendar() {
    BusinessCalendar always = Calendars.builtIn(Calendars.ALWAYS).orElseThrow();
    Instant edit = Instant.parse("2026-03-10T00:00:00Z");
    CalendarHistory h = CalendarHistory.of(always).edited(edit, always);
    ValidationException early = assertThrows(ValidationException.class, () -> h.edited(edit, always));
    assertEquals("a new version of calendar 24x7 takes effect after the last one: 2026-03-10 00:00 is not after"
        + " 2026-03-10 00:00", early.violations().get(0).message(Locale.ENGLISH));
    ValidationException other = assertThrows(ValidationException.class, () -> h.edited(edit.plusSeconds(1),
        Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow()));
    assertEquals("the versions of calendar 24x7 are versions of it, not of calendar ru-contact-centre",
        other.violations().get(0).message(Locale.ENGLISH));
    assertThrows(ValidationException.class, () -> h.between(edit, edit.minusSeconds(1)));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
