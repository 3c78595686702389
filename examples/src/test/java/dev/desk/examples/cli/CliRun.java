package dev.desk.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code desk} tool in this JVM: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DeskCommand.configure(new CommandLine(new DeskCommand()))
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
