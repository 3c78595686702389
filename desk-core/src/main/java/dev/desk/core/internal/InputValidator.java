package dev.desk.core.internal;

import dev.desk.spi.error.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks command constraints with Hibernate Validator and reports each broken one in English
 * and Russian. Thread-safe. The Russian validator runs only when something is wrong, so valid
 * input pays for one validation.
 */
public final class InputValidator {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(v -> v.message());

  private static final InputValidator SHARED = new InputValidator();

  private final Validator english = validator(Locale.ENGLISH);
  private final Validator russian = validator(Locale.forLanguageTag("ru"));

  private InputValidator() {}

  /** The one instance; building a validator factory is costly, using it is cheap and thread-safe. */
  public static InputValidator shared() {
    return SHARED;
  }

  private static Validator validator(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .locales(Set.of(locale))
        .buildValidatorFactory()
        .getValidator();
  }

  /** Every broken constraint of the value, ordered by path; empty when it is valid. */
  public List<Violation> check(Object value) {
    if (value == null) {
      return List.of(Messages.violation("", "command.required"));
    }
    Set<ConstraintViolation<Object>> found = english.validate(value);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, String> inRussian = new HashMap<>();
    for (ConstraintViolation<Object> v : russian.validate(value)) {
      inRussian.put(key(v), v.getMessage());
    }
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      String path = v.getPropertyPath().toString();
      violations.add(new Violation(path, v.getMessage(), inRussian.getOrDefault(key(v), v.getMessage())));
    }
    violations.sort(ORDER);
    return violations;
  }

  private static String key(ConstraintViolation<?> v) {
    return v.getPropertyPath() + "\u0000" + v.getMessageTemplate();
  }
}
