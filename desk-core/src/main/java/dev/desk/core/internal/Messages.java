package dev.desk.core.internal;

import dev.desk.spi.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * desk's violations, worded by {@code messages*.properties} beside this class: English, Russian,
 * and any language a host adds with a bundle of its own ({@code messages_kk.properties}).
 */
public final class Messages {

  private static final String BUNDLE = "dev.desk.core.internal.messages";

  private Messages() {}

  /** A violation at {@code path} with the message {@code key}, formatted with {@code args}. */
  public static Violation violation(String path, String key, Object... args) {
    List<String> text = new ArrayList<>(args.length);
    for (Object a : args) {
      text.add(String.valueOf(a)); // years and counts read best without grouping ("2025", not "2,025")
    }
    return Violation.worded(BUNDLE, Messages.class, path, key, text);
  }
}
