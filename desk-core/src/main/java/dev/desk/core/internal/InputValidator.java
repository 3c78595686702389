package dev.desk.core.internal;

import dev.desk.spi.error.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks command constraints with Hibernate Validator, and every text with {@link TextCheck}, and
 * words each broken one with desk's own
 * messages ({@code constraint.NotBlank}, {@code constraint.Size}, ...), so that a violation reads
 * in any language desk has words for, the host's added ones too. Thread-safe.
 */
public final class InputValidator {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(v -> v.message());

  private static final InputValidator SHARED = new InputValidator();

  private final Validator validator = Validation.byProvider(HibernateValidator.class)
      .configure()
      .defaultLocale(Locale.ENGLISH)
      .locales(Set.of(Locale.ENGLISH))
      .buildValidatorFactory()
      .getValidator();

  private InputValidator() {}

  /** The one instance; building a validator factory is costly, using it is cheap and thread-safe. */
  public static InputValidator shared() {
    return SHARED;
  }

  /** Every broken constraint of the value, ordered by path; empty when it is valid. */
  public List<Violation> check(Object value) {
    if (value == null) {
      return List.of(Messages.violation("", "command.required"));
    }
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    List<Violation> text = TextCheck.check("", value);
    if (found.isEmpty() && text.isEmpty()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(found.size() + text.size());
    Set<String> paths = new HashSet<>();
    for (ConstraintViolation<Object> v : found) {
      violations.add(worded(v.getPropertyPath().toString(), v));
      paths.add(v.getPropertyPath().toString());
    }
    for (Violation v : text) {
      if (!paths.contains(v.path())) { // a field over its own limit is said once, by its constraint
        violations.add(v);
      }
    }
    violations.sort(ORDER);
    return violations;
  }

  private static Violation worded(String path, ConstraintViolation<?> v) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String kind = d.getAnnotation().annotationType().getSimpleName();
    return switch (kind) {
      case "NotNull", "NotBlank", "NotEmpty", "Positive" -> Messages.violation(path, "constraint." + kind);
      case "Size" -> Messages.violation(path, "constraint.Size", d.getAttributes().get("min"),
          d.getAttributes().get("max"));
      default -> Violation.of(path, v.getMessage()); // a constraint desk has no words for: the validator's English
    };
  }
}
