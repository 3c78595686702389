package dev.desk.core.directory;

import java.util.Objects;

/**
 * An organisation desk serves.
 *
 * @param id a stable id in the host
 * @param name the name people read
 * @param supportCode the code its people give when they call; unique across organisations
 * @param profile what kind of place it is ({@code hospital-icu}, {@code boiler-house},
 *     {@code school}); used by classification and routing, may be empty
 */
public record Organisation(String id, String name, String supportCode, String profile) {

  /** Rejects missing parts. */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(supportCode, "supportCode");
    Objects.requireNonNull(profile, "profile");
  }
}
