package dev.desk.spi;

/**
 * The version of this SDK. A plugin declares the version it was compiled against by returning
 * {@code new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)}: the two constants are inlined by
 * the compiler, so the value is the one of build time, not of run time.
 *
 * <p>A plugin runs on an SDK of the same major version and an equal or newer minor version.
 *
 * @param major incompatible changes raise it
 * @param minor compatible additions raise it
 */
public record SpiVersion(int major, int minor) {

  /** Major version of this SDK. */
  public static final int MAJOR = 1;
  /** Minor version of this SDK. */
  public static final int MINOR = 3;
  /** The version of the SDK on the class path at run time. */
  public static final SpiVersion CURRENT = new SpiVersion(MAJOR, MINOR);

  /** Rejects negative numbers. */
  public SpiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("SPI version numbers must not be negative: " + major + "." + minor);
    }
  }

  /** Whether a plugin built against {@code this} runs on the {@code runtime} SDK. */
  public boolean runsOn(SpiVersion runtime) {
    return major == runtime.major && minor <= runtime.minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
