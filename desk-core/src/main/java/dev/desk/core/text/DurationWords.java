package dev.desk.core.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A duration as people read it in prose, never as an ISO code: "2 h 4 min", "2 ч 4 мин", "45 s";
 * the units come from the language's labels, so a host's added language has its own.
 * Working time is counted in hours (a working day is no fixed number of them), so there are no
 * days; seconds show only under a minute. Negative durations read with a minus sign.
 * Immutable and thread-safe.
 */
public final class DurationWords {

  private static final DurationWords ENGLISH = of("en");

  private final String hours;
  private final String minutes;
  private final String seconds;

  private DurationWords(String hours, String minutes, String seconds) {
    this.hours = hours;
    this.minutes = minutes;
    this.seconds = seconds;
  }

  /** The words of a language, from its labels ({@link Labels}): English where it has none. */
  public static DurationWords of(String language) {
    Labels labels = Labels.of(Locale.forLanguageTag(language));
    return new DurationWords(labels.of("unit", "hours"), labels.of("unit", "minutes"), labels.of("unit", "seconds"));
  }

  /** In English. */
  public static DurationWords english() {
    return ENGLISH;
  }

  /** The duration in words: whole hours and minutes, or seconds when under a minute. */
  public String format(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    long h = d.toHours();
    int m = d.toMinutesPart();
    List<String> parts = new ArrayList<>(2);
    if (h > 0) {
      parts.add(h + " " + hours);
    }
    if (m > 0) {
      parts.add(m + " " + minutes);
    }
    if (parts.isEmpty()) {
      return d.toSecondsPart() + " " + seconds;
    }
    return String.join(" ", parts);
  }
}
