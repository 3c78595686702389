/**
 * The quality of a contact centre's work as a feature module: reasons of delay (002: a breach
 * asks the responsible agent why, from the centre's list) and requester satisfaction (a mark from
 * 1 to 5 on the answer), each a command of its own and an event of its own kind, for the reports.
 */
package dev.desk.core.quality;
