package dev.desk.core.notify;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a notice uses for the names it carries (a status, an urgency, a refusal reason, a
 * clock), from {@code labels*.properties} for the notice's locale, so that a Russian notice reads
 * "в работе" and not IN_PROGRESS. A host adds a language by adding a bundle; a name with no label
 * (a host's own state) reads as it is. Thread-safe.
 */
final class NoticeLabels {

  private final ResourceBundle bundle;

  NoticeLabels(String locale) {
    this.bundle = ResourceBundle.getBundle("dev.desk.core.notify.labels", Locale.forLanguageTag(locale),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The label of a name of a kind ({@code status}, {@code urgency}, {@code refusal}, {@code clock}). */
  String of(String kind, String name) {
    if (name == null) {
      return null;
    }
    try {
      return bundle.getString(kind + "." + name);
    } catch (MissingResourceException e) {
      return name;
    }
  }
}
