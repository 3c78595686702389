/**
 * Business calendars and working-time arithmetic. A {@link dev.desk.core.calendar.BusinessCalendar}
 * combines a time zone, a {@link dev.desk.core.calendar.WeeklySchedule} of working intervals and
 * a {@link dev.desk.core.calendar.ProductionCalendar} (holidays, transferred days, shortened
 * pre-holiday days, decree days off), plus per-date overrides. It adds working time to an
 * instant and measures working time between instants, exact to the nanosecond, in O(log n)
 * over precomputed cumulative working time.
 *
 * <p>{@link dev.desk.core.calendar.Calendars} holds the built-in calendars
 * ({@code ru-contact-centre}, {@code kz-standard}, {@code 24x7}) and the Russian and Kazakh
 * production calendars for 2015-2026; {@link dev.desk.core.calendar.XmlCalendarReader} and
 * {@link dev.desk.core.calendar.IcsHolidayReader} read more.
 */
package dev.desk.core.calendar;
