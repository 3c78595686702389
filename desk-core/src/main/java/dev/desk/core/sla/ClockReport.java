package dev.desk.core.sla;

import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import java.time.Duration;
import java.time.Instant;

/**
 * What an SLA clock says at an instant.
 *
 * @param kind which clock
 * @param status running, paused, met or breached
 * @param cycle its cycle
 * @param target the working time allowed
 * @param consumed the working time consumed so far
 * @param remaining the response allowance: working time left, negative when overdue
 * @param deadline when the target runs out if the clock keeps running; {@code null} unless running
 */
public record ClockReport(SlaClockKind kind, SlaClock.Status status, int cycle, Duration target, Duration consumed,
    Duration remaining, Instant deadline) {}
