package dev.desk.core.internal;

import dev.desk.spi.error.Violation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Domain violation messages in English and Russian, from {@code messages*.properties}. */
public final class Messages {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final ResourceBundle EN_BUNDLE = ResourceBundle.getBundle(
      "dev.desk.core.internal.messages", Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
          ResourceBundle.Control.FORMAT_PROPERTIES));
  private static final ResourceBundle RU_BUNDLE = ResourceBundle.getBundle(
      "dev.desk.core.internal.messages", RU, ResourceBundle.Control.getNoFallbackControl(
          ResourceBundle.Control.FORMAT_PROPERTIES));

  private Messages() {}

  /** A violation at {@code path} with the message {@code key}, formatted with {@code args}. */
  public static Violation violation(String path, String key, Object... args) {
    return new Violation(path, format(EN_BUNDLE, key, args, Locale.ENGLISH), format(RU_BUNDLE, key, args, RU));
  }

  private static String format(ResourceBundle bundle, String key, Object[] args, Locale locale) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // years and counts read best without grouping ("2025", not "2,025")
      plain[i] = args[i] instanceof Number || args[i] == null ? String.valueOf(args[i]) : args[i];
    }
    return new MessageFormat(bundle.getString(key), locale).format(plain);
  }
}
