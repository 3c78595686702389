package dev.desk.examples.cli;

import picocli.CommandLine.Option;

/** A report's period, as a user types it. */
final class PeriodOptions {

  @Option(names = "--from", required = true, description = "The first day (or instant) of the period.")
  String from;

  @Option(names = "--to", required = true, description = "The first day (or instant) after the period.")
  String to;
}
