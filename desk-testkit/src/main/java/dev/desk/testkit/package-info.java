/**
 * What plugin, host and rule authors test with: a {@link dev.desk.testkit.FakeClock} to set and
 * advance, {@link dev.desk.testkit.Fixtures} (a small contact-centre directory and its actors),
 * QuickTheories {@link dev.desk.testkit.Generators} for tickets, actors and commands, and
 * {@link dev.desk.testkit.LifecycleContract}, the property suite a host runs against its own
 * lifecycle.
 */
package dev.desk.testkit;
