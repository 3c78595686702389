package dev.desk.examples.cli;

import dev.desk.spi.error.DeskException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code desk} command-line tool. */
@Command(
    name = "desk",
    mixinStandardHelpOptions = true,
    version = "desk 0.1.0",
    description = "Runs the demo of desk, an embeddable ticketing library for Java, and its tools.",
    footer = {"", "The exit status is 0 when the command did its work, 1 for bad input (the reason is on stderr) and 2 "
        + "for bad usage (the help is on stderr)."},
    subcommands = {DemoCommand.class, SlaCommand.class, ClassifyCommand.class, RulesCommand.class, ReplayCommand.class,
        PluginsCommand.class, KbCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class})
public final class DeskCommand implements Callable<Integer> {

  /** Exit status: the command did what was asked. */
  static final int OK = 0;
  /** Exit status: bad input (a file, a date, a calendar, a rule the command refused); the reason is on stderr. */
  static final int BAD_INPUT = 1;
  /** Exit status: bad usage (no command, an unknown command or option); the help is on stderr. */
  static final int USAGE = 2;

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

  /** Typed desk errors are bad input: their message on stderr (no stack trace), status 1. */
  static CommandLine configure(CommandLine commandLine) {
    return commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      if (e instanceof DeskException) {
        cl.getErr().println(e.getMessage());
        cl.getErr().flush();
        return BAD_INPUT;
      }
      throw e;
    });
  }

  /** Without a command: the help, on stderr, and status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return USAGE;
  }
}
