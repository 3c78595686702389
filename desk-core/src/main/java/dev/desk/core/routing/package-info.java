/**
 * Who works a ticket: the {@link dev.desk.core.routing.ServiceDirectory} of groups (competence,
 * support line, on-duty calendar, lead), agents (skills, languages, line, shift calendar,
 * capacity) and routing rules, read from YAML or JSON or built in Java; and the {@link
 * dev.desk.core.routing.Dispatcher}, which routes a ticket to a group (emergencies to the group on
 * duty now) and picks an agent on shift with the skill and the least weighted load.
 */
package dev.desk.core.routing;
