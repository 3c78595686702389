package dev.desk.examples.cli;

import dev.desk.core.escalation.EscalationRulesFile;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code desk rules}: escalation rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Escalation rule files.",
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
      description = "Checks an escalation rule file; prints ok, or every error with its line number (exit 1).")
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The rule file (YAML or JSON).")
    Path file;

    @Option(names = "--directory", paramLabel = "FILE",
        description = "A service directory (YAML or JSON) to check the groups the rules name against.")
    Path directory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try {
        ServiceDirectory staff = directory == null ? null : read(directory, ServiceDirectory::read);
        read(file, (in, source) -> EscalationRulesFile.read(in, source, staff));
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

  /** What {@code parse} makes of a file; a file that cannot be read is a {@link DeskException}. */
  static <T> T read(Path file, BiFunction<Reader, String, T> parse) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.apply(in, file.toString());
    } catch (IOException e) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "cannot read " + file + ": "
          + e.getMessage());
    }
  }
}
