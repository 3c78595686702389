package dev.desk.core.calendar;

/** What a production calendar says about a date; dates it does not list follow the weekly schedule. */
public enum DayKind {
  /** A public holiday: no work. */
  PUBLIC_HOLIDAY(false),
  /** A weekend day off moved onto a weekday: no work. */
  TRANSFERRED_DAY_OFF(false),
  /** A day off by special decree (the 2020-2021 non-working days); a policy may count it as working. */
  DECREE_DAY_OFF(false),
  /** A working day shortened before a holiday; on a weekend it is also a working weekend day. */
  SHORTENED_DAY(true),
  /** A weekend day declared a full working day. */
  WORKING_WEEKEND_DAY(true);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /** Whether people work on such a day. */
  public boolean working() {
    return working;
  }
}
