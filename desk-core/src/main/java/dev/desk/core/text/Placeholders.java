package dev.desk.core.text;

import java.util.Objects;
import java.util.function.Function;

/** Fills {@code {name}} placeholders of a pattern; a name with no value reads as nothing. */
public final class Placeholders {

  private Placeholders() {}

  /** The pattern with every {@code {name}} replaced by {@code value.apply(name)}, or nothing where that is null. */
  public static String fill(String pattern, Function<String, String> value) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (close < 0) {
        out.append(pattern, i, pattern.length());
        break;
      }
      out.append(pattern, i, open).append(Objects.requireNonNullElse(value.apply(pattern.substring(open + 1, close)),
          ""));
      i = close + 1;
    }
    return out.toString();
  }
}
