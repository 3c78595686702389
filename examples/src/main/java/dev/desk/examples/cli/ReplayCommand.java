package dev.desk.examples.cli;

import dev.desk.spi.error.DeskException;
import dev.desk.testkit.scenario.Scenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code desk replay FILE}: runs a scenario on a fake clock and prints its journal as JSON lines. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Runs a scenario file (YAML or JSON; examples/scenarios has three) on a fake clock with the "
        + "in-memory store, and prints every journal event as one JSON line: ticket, sequence, at, event, actor and "
        + "details."})
final class ReplayCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The scenario file, in YAML or JSON.")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try {
      Scenario.Result result = InputFiles.read(file, Scenario::read).run();
      result.lines().forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (DeskException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return DeskCommand.BAD_INPUT;
    }
  }
}
