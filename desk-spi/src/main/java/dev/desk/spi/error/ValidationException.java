package dev.desk.spi.error;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input broke rules; lists every violation, not just the first. Nothing was changed. */
public class ValidationException extends DeskException {

  private static final long serialVersionUID = 1L;

  private static final String WORDS = "dev.desk.spi.error.messages";

  private final List<Violation> violations;

  /** An error listing {@code violations}, which must not be empty. */
  public ValidationException(List<Violation> violations) {
    super(ErrorCode.VALIDATION_FAILED, describe(violations, Locale.ENGLISH));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in a stable order (by path). */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations as text in the given language (English where it has no words). */
  public String describe(Locale locale) {
    return describe(violations, locale);
  }

  private static String describe(List<Violation> violations, Locale locale) {
    String heading = Violation.worded(WORDS, ValidationException.class, "", "heading",
        List.of(String.valueOf(violations.size()))).message(locale);
    return violations.stream()
        .map(v -> v.path().isEmpty() ? v.message(locale) : v.path() + ": " + v.message(locale))
        .collect(Collectors.joining("; ", heading + ": ", ""));
  }
}
