package dev.desk.examples.cli;

import dev.desk.core.escalation.EscalationRulesFile;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code desk rules}: escalation rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Checks escalation rule files.",
    subcommands = RulesCommand.Check.class)
final class RulesCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code desk rules check FILE}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks an escalation rule file and prints ok, or prints every error with its line and exits with 1.")
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The rule file, in YAML or JSON.")
    Path file;

    @Option(names = "--directory", paramLabel = "FILE",
        description = "A service directory in YAML or JSON, to check that the groups the rules name exist.")
    Path directory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try {
        ServiceDirectory staff = directory == null ? null : InputFiles.read(directory, ServiceDirectory::read);
        InputFiles.read(file, (in, source) -> EscalationRulesFile.read(in, source, staff));
        spec.commandLine().getOut().println("ok");
        spec.commandLine().getOut().flush();
        return 0;
      } catch (DeskException e) {
        spec.commandLine().getErr().println(e.getMessage());
        spec.commandLine().getErr().flush();
        return DeskCommand.BAD_INPUT;
      }
    }
  }

}
