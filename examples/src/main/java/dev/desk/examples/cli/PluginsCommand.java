package dev.desk.examples.cli;

import dev.desk.core.plugin.PluginRegistry;
import dev.desk.spi.DeskPlugin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code desk plugins}: what plugin discovery finds on the class path. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "Lists the plugins found on the class path and the store kinds they offer.")
final class PluginsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();
    for (DeskPlugin plugin : registry.plugins()) {
      out.printf("%-20s SDK %-5s %s%n", plugin.name(), plugin.spiVersion(), plugin.getClass().getName());
    }
    out.println("store kinds: " + String.join(", ", registry.storeKinds()));
    out.flush();
    return 0;
  }
}
