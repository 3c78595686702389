package dev.desk.bench;

import java.util.Locale;

/** What the load harnesses (programs with a main, where JMH does not fit) share. */
final class Harnesses {

  private Harnesses() {}

  /** Turns desk's INFO lines off before anything logs: the harness prints its own figures. */
  static void quiet() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  /** Seconds since a {@link System#nanoTime} reading. */
  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Prints a line of figures, formatted the same wherever the harness runs. */
  static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
