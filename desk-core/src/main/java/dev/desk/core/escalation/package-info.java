/**
 * Escalation rules: a filter on the ticket, and levels, each a trigger (a percentage of an SLA
 * clock's target, time unassigned in working minutes, or at once) with actions (notify a role,
 * group or person; reassign; raise the line; raise the urgency; add a watcher) and an optional
 * repeat interval. Written with {@link dev.desk.core.escalation.EscalationRules#builder()} or in
 * YAML/JSON ({@link dev.desk.core.escalation.EscalationRulesFile}); desk evaluates them on every
 * ticket event and in the timer sweep.
 */
package dev.desk.core.escalation;
