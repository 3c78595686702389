/**
 * desk's features, each a {@link dev.desk.core.engine.Feature} of the one engine:
 *
 * <ul>
 *   <li>{@link dev.desk.core.feature.TicketsFeature}: the lifecycle's commands and the commands outside it;
 *   <li>{@link dev.desk.core.feature.SlaFeature}: the SLA clocks start, stop, pause and follow the ticket,
 *       and fire their warnings and breaches when due;
 *   <li>{@link dev.desk.core.feature.NoticesFeature}: the notices the people of a ticket get, and the
 *       outbox entry of every planned notification;
 *   <li>{@link dev.desk.core.feature.ChannelsFeature}: the key of every message a commit answers;
 *   <li>{@link dev.desk.core.feature.RoutingFeature}: a new ticket goes to the agent on shift with the
 *       skill and the least load;
 *   <li>{@link dev.desk.core.feature.EscalationFeature}: the escalation rules fire their levels.
 * </ul>
 *
 * <p>Internal: built by the facade from its configuration; not an API.
 */
package dev.desk.core.feature;
