package dev.desk.spi.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One broken rule of some input: where ({@link #path()}), which rule ({@link #key()}, stable, for
 * programs) and what is wrong in words, in the reader's language.
 *
 * <p>desk words its violations from resource bundles ({@code messages.properties} in English,
 * {@code messages_ru.properties}, ...): a host adds a language by putting the bundle of that
 * language beside them, no code changes; a language with no bundle reads English. A plugin may
 * word a violation from its own bundle ({@link #worded}) or give one plain text ({@link #of}).
 * Immutable; equal when path, key, arguments and English words are.
 */
public final class Violation {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String path;
  private final String key;
  private final List<String> arguments;
  private final String bundle;
  private final ClassLoader loader;
  private final String english;

  private Violation(String path, String key, List<String> arguments, String bundle, ClassLoader loader,
      String english) {
    this.path = Objects.requireNonNull(path, "path");
    this.key = Objects.requireNonNull(key, "key");
    this.arguments = List.copyOf(arguments);
    this.bundle = bundle;
    this.loader = loader;
    this.english = english;
  }

  /**
   * A violation worded by a bundle: the pattern under {@code key} in the reader's language,
   * formatted ({@link MessageFormat}) with the arguments.
   *
   * @param bundle the bundle's base name ({@code com.example.messages}), found by the class loader of {@code owner}
   * @param owner a class whose class loader sees the bundle
   * @param path the field it concerns, as a property path ({@code requester.fullName}); empty when it concerns the
   *     input as a whole
   * @param key the rule broken; the English bundle must have it
   * @param arguments what fills the pattern's {@code {0}}, {@code {1}}, ... as text
   * @throws MissingResourceException when the bundle or its English pattern is missing
   */
  public static Violation worded(String bundle, Class<?> owner, String path, String key, List<String> arguments) {
    Objects.requireNonNull(bundle, "bundle");
    ClassLoader loader = Objects.requireNonNull(owner, "owner").getClassLoader();
    String english = format(ResourceBundle.getBundle(bundle, Locale.ROOT, loader, NO_FALLBACK), key, arguments);
    return new Violation(path, key, arguments, bundle, loader, english);
  }

  /** A violation with one plain text, read the same in every language; its key is {@code text}. */
  public static Violation of(String path, String text) {
    return new Violation(path, "text", List.of(), null, null, Objects.requireNonNull(text, "text"));
  }

  /** The field it concerns, as a property path; empty when it concerns the input as a whole. */
  public String path() {
    return path;
  }

  /** The rule broken, a stable key ({@code category.unknown}); {@code text} for a plain text. */
  public String key() {
    return key;
  }

  /** The facts that fill the words (a name, a limit), as text. */
  public List<String> arguments() {
    return arguments;
  }

  /** What is wrong, in English. */
  public String message() {
    return english;
  }

  /** What is wrong in the language of {@code locale}, English where that language has no words for it. */
  public String message(Locale locale) {
    if (bundle == null || locale == null || locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
      return english;
    }
    try {
      return format(ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK), key, arguments);
    } catch (MissingResourceException e) {
      return english;
    }
  }

  private static String format(ResourceBundle words, String key, List<String> arguments) {
    return new MessageFormat(words.getString(key), words.getLocale()).format(arguments.toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v && path.equals(v.path) && key.equals(v.key) && arguments.equals(v.arguments)
        && english.equals(v.english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, key, arguments, english);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? english : path + ": " + english;
  }
}
