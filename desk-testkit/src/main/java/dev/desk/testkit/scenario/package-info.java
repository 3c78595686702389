/**
 * Scenario replay: a YAML or JSON file sets up calendars, SLA policies, the directory, staff and
 * escalation rules, then lists timed steps; {@link dev.desk.testkit.scenario.Scenario} runs it on a
 * fake clock with the in-memory store and gives the resulting journal, one JSON line an event.
 * The same files drive tests, so a team keeps its rules' scenarios beside its rules.
 */
package dev.desk.testkit.scenario;
