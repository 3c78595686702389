package dev.desk.core.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words for the names desk carries (a status, an urgency, a refusal reason, a clock, a
 * channel), from {@code labels*.properties} beside this class, so that Russian text reads "в
 * работе" and not IN_PROGRESS. A host adds a language by adding a bundle ({@code
 * labels_kk.properties}); a language without one reads English, and a name with no label (a
 * host's own state) reads as it is. Thread-safe.
 */
public final class Labels {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;

  private Labels(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The labels of a language ({@code ru}, {@code en}, or one a host added). */
  public static Labels of(Locale language) {
    return new Labels(ResourceBundle.getBundle("dev.desk.core.text.labels", language, Labels.class.getClassLoader(),
        NO_FALLBACK));
  }

  /**
   * The label of a name of a kind ({@code status}, {@code urgency}, {@code refusal}, {@code
   * clock}, {@code channel}); the name itself when there is none, {@code null} for {@code null}.
   */
  public String of(String kind, String name) {
    if (name == null) {
      return null;
    }
    try {
      return bundle.getString(kind + "." + name);
    } catch (MissingResourceException e) {
      return name;
    }
  }

  /** A lifecycle state as staff read it: its {@code state} label, else its {@code status} label (the requester's). */
  public String state(String name) {
    String staff = of("state", name);
    return staff == null || !staff.equals(name) ? staff : of("status", name);
  }
}
