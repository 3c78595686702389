package dev.desk.spi;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * What desk gives a plugin's factory besides its settings.
 *
 * @param clock desk's clock: a plugin reads time from it, never from the system
 * @param executor the threads desk runs plugin calls on (the host's, or desk's bounded pool); a
 *     plugin that needs a thread of its own (a server) still answers desk's calls within budget
 * @param sdk the SDK version desk runs
 */
public record PluginContext(Clock clock, ExecutorService executor, SpiVersion sdk) {

  /** Rejects missing parts. */
  public PluginContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(sdk, "sdk");
  }
}
