/**
 * The one decision path. Every intent (a registration, a command, a timer tick, a message) goes
 * through {@link dev.desk.core.engine.Engine#decide}: (snapshot, intent, now) -&gt; (events, new
 * snapshot, effects). The intent's own changes come first; then each {@link
 * dev.desk.core.engine.Feature}'s reactions (SLA clocks, notices, routing, escalation, and later
 * features') run round after round until a round adds nothing. The facade then writes the
 * {@link dev.desk.core.engine.Outcome} in one commit.
 *
 * <p>Internal: the extension interface for desk's own features, not a plugin API; it may change
 * in any release.
 */
package dev.desk.core.engine;
