package dev.desk.testkit;

import static org.quicktheories.QuickTheory.qt;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.spi.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The laws of working-time arithmetic, over random calendars, instants and durations. */
final class BusinessCalendarProperties {

  private static final int EXAMPLES = 300;

  @Test
  void betweenUndoesAdd() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations())
        .check((c, t, d) -> c.between(t, c.add(t, d)).equals(d));
  }

  @Test
  void addIsMonotonicInTheStartAndTheDuration() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(),
            CalendarGenerators.instants(), CalendarGenerators.durations())
        .check((c, t1, t2, d) -> {
          Instant early = t1.isBefore(t2) ? t1 : t2;
          Instant late = t1.isBefore(t2) ? t2 : t1;
          return !c.add(early, d).isAfter(c.add(late, d))
              && !c.add(early, d.dividedBy(2)).isAfter(c.add(early, d));
        });
  }

  @Test
  void addingInTwoStepsEqualsAddingTheSum() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(),
            CalendarGenerators.durations(), CalendarGenerators.durations())
        .assuming((c, t, a, b) -> fits(c, t, a.plus(b)))
        .check((c, t, a, b) -> c.add(c.add(t, a), b).equals(c.add(t, a.plus(b))));
  }

  @Test
  void betweenIsAdditiveOverASplitPoint() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(),
            CalendarGenerators.instants(), CalendarGenerators.instants())
        .check((c, x, y, z) -> {
          Instant[] p = {x, y, z};
          Arrays.sort(p);
          return c.between(p[0], p[2]).equals(c.between(p[0], p[1]).plus(c.between(p[1], p[2])));
        });
  }

  @Test
  void aDeadlineNeverFallsStrictlyInsideClosedTime() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations())
        .assuming((c, t, d) -> !d.isZero())
        .check((c, t, d) -> {
          Instant deadline = c.add(t, d);
          return c.isWorking(deadline) || c.isWorking(deadline.minusNanos(1));
        });
  }

  @Test
  void theDeadlineIsTheEarliestInstantWithThatWorkingTime() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations())
        .assuming((c, t, d) -> !d.isZero())
        .check((c, t, d) -> c.between(t, c.add(t, d).minusNanos(1)).compareTo(d) < 0);
  }

  @Test
  void aResultBeyondTheRangeIsRefusedNeverWrapped() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants())
        .check((c, t) -> !fits(c, t, Duration.ofDays(365L * 20)));
  }

  @Test
  void nextWorkingInstantIsWorkingAndNothingBeforeItIs() {
    qt().withExamples(EXAMPLES).forAll(CalendarGenerators.calendars(), CalendarGenerators.instants())
        .check((c, t) -> {
          Instant next = c.nextWorkingInstant(t);
          return c.isWorking(next) && c.between(t, next).equals(Duration.ZERO);
        });
  }


  /** Whether the deadline lies within the calendar's range; beyond it, add refuses. */
  private static boolean fits(BusinessCalendar c, Instant t, Duration d) {
    try {
      c.add(t, d);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }
}
