/**
 * SLA policies: {@link dev.desk.core.sla.SlaPolicies} chooses a {@link dev.desk.core.sla.SlaPolicy}
 * by category, urgency and service contract (the most specific match wins, else the default);
 * a policy holds {@link dev.desk.core.sla.SlaTarget}s (RESPONSE, RESOLUTION, optionally UPDATE),
 * each with a duration, a calendar and a ladder of {@link dev.desk.core.sla.WarningThreshold}s.
 * The clocks themselves live on the ticket ({@link dev.desk.spi.ticket.SlaClock}) and move by
 * journal events; {@link dev.desk.core.Desk#runDueTimers()} fires warnings and breaches.
 */
package dev.desk.core.sla;
