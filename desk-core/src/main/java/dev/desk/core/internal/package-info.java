/**
 * Implementation of desk-core behind the {@link dev.desk.core.Desk} facade and the engine's
 * features: the lifecycle decider, SLA clock planning, notice planning, escalation, routing's
 * assignments and counts, registration facts, clock reports, validation and access checks. Not
 * API: anything here may change in any release.
 */
package dev.desk.core.internal;
