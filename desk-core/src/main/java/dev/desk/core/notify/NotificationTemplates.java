package dev.desk.core.notify;

import dev.desk.core.text.Placeholders;
import dev.desk.spi.notify.Message;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of notifications: a subject and a body per event and locale, with {@code {fact}}
 * placeholders filled from the ticket: {@code number}, {@code subject}, {@code status},
 * {@code urgency}, {@code line}, {@code group}, {@code assignee}, {@code resolution},
 * {@code articles}, {@code question}, {@code note}, {@code reason}, {@code rule}, {@code level};
 * a status, an urgency and a refusal reason in the notice's language. The words live in resource
 * bundles ({@code templates.properties}, {@code templates_ru.properties}); a host adds a language
 * with a bundle, or replaces single templates with the {@link Builder}. A language without a
 * template for an event reads English; an unknown fact reads as nothing. Immutable.
 *
 * <p>Events: {@code REGISTERED} (the number the requester must quote), {@code
 * INFORMATION_REQUESTED}, {@code STATUS_CHANGED}, {@code REJECTED} (with the reason in words),
 * {@code RESOLVED} (with knowledge-base links),
 * {@code ASSIGNED} (to the agent), {@code INTERNAL_NOTE} (to a watcher) and {@code ESCALATION}
 * (warnings, breaches and other rule firings, to staff).
 */
public final class NotificationTemplates {

  private static final String FALLBACK = "en";
  private static final String BUNDLE = "dev.desk.core.notify.templates";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final NotificationTemplates DEFAULTS = new NotificationTemplates(Map.of());

  private final Map<String, String[]> templates;

  private NotificationTemplates(Map<String, String[]> templates) {
    this.templates = Map.copyOf(templates);
  }

  /**
   * The built-in templates, from {@code templates*.properties} beside this class (English and
   * Russian; a host adds a language with {@code templates_kk.properties}, no code change).
   */
  public static NotificationTemplates defaults() {
    return DEFAULTS;
  }

  /** A builder of templates that take precedence over the bundles' (none yet). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these templates, to add or replace some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.templates.putAll(templates);
    return b;
  }

  /**
   * The message of an event in a locale, its placeholders filled from the facts: this set's own
   * template for the locale, else the bundle's in that language, else English (this set's, then the bundle's).
   *
   * @throws IllegalArgumentException when no language has a template for the event
   */
  public Message render(String event, String locale, Map<String, String> facts) {
    String used = locale;
    String[] t = template(event, locale);
    if (t == null) {
      used = FALLBACK;
      t = template(event, FALLBACK);
    }
    if (t == null) {
      throw new IllegalArgumentException("no template for event " + event);
    }
    return new Message(fill(t[0], facts), fill(t[1], facts), used);
  }

  /** This set's template of the event in exactly this language, else the bundle's; null when neither has one. */
  private String[] template(String event, String locale) {
    String[] own = templates.get(event + "/" + locale);
    if (own != null) {
      return own;
    }
    String subject = event + ".subject";
    String body = event + ".body";
    ResourceBundle words = bundle(Locale.forLanguageTag(locale));
    if (!words.containsKey(subject) || !words.containsKey(body)) {
      return null;
    }
    boolean isRoot = words.getLocale().getLanguage().isEmpty();
    if (isRoot && !FALLBACK.equals(locale)) {
      return null; // the language has no bundle: not its template
    }
    // a language's bundle without the event answers with its parent's (English) own strings
    ResourceBundle english = bundle(Locale.ROOT);
    if (!isRoot && words.getObject(subject) == english.getObject(subject)) {
      return null;
    }
    return new String[] {words.getString(subject), words.getString(body)};
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(BUNDLE, language, NotificationTemplates.class.getClassLoader(), NO_FALLBACK);
  }

  private static String fill(String template, Map<String, String> facts) {
    return Placeholders.fill(template, facts::get);
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Map<String, String[]> templates = new HashMap<>();

    private Builder() {}

    /** Adds or replaces the template of an event in a locale. */
    public Builder template(String event, String locale, String subject, String body) {
      templates.put(Objects.requireNonNull(event, "event") + "/" + Objects.requireNonNull(locale, "locale"),
          new String[] {Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(body, "body")});
      return this;
    }

    /** The templates. */
    public NotificationTemplates build() {
      return new NotificationTemplates(templates);
    }
  }
}
