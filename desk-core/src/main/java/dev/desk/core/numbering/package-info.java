/**
 * Human-friendly ticket numbers: {@link dev.desk.core.numbering.TicketNumberFormat} turns a
 * pattern such as {@code VLG-{yyyy}-{seq:6}} and a counter the store allocates atomically into
 * {@code VLG-2026-000123}.
 */
package dev.desk.core.numbering;
