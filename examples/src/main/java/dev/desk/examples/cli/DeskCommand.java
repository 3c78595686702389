package dev.desk.examples.cli;

import dev.desk.spi.error.DeskException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code desk} command-line tool. */
@Command(
    name = "desk",
    mixinStandardHelpOptions = true,
    version = "desk 0.1.0",
    description = "An embeddable ticketing library for Java: demo and tools.",
    subcommands = {DemoCommand.class, SlaCommand.class, ClassifyCommand.class, RulesCommand.class, ReplayCommand.class,
        PluginsCommand.class,
        CommandLine.HelpCommand.class})
public final class DeskCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging: route it to SLF4J like the rest
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status; for tests. */
  public static int run(String... args) {
    return configure(new CommandLine(new DeskCommand())).execute(args);
  }

  /** Typed desk errors print their message (no stack trace) and exit with status 2. */
  static CommandLine configure(CommandLine commandLine) {
    return commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      if (e instanceof DeskException) {
        cl.getErr().println(e.getMessage());
        cl.getErr().flush();
        return 2;
      }
      throw e;
    });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
