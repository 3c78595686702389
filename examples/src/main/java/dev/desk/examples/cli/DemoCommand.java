package dev.desk.examples.cli;

import dev.desk.examples.demo.ContactCentreDemo;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code desk demo}: the contact-centre demo. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs the contact-centre demo on a simulated clock and prints every ticket's journal.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--start", defaultValue = "2026-03-02T08:30:00+03:00",
      description = "When the simulated morning starts (ISO-8601 with offset). Default: ${DEFAULT-VALUE}")
  private OffsetDateTime start;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    new ContactCentreDemo(start.toInstant(), out).run();
    out.flush();
    return 0;
  }
}
