package dev.desk.core.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up organisations and categories. Implementations must be thread-safe and fast: desk
 * asks on every registration.
 */
public interface Directory {

  /** The organisation with this id. */
  Optional<Organisation> organisation(String id);

  /** The organisation that owns this support code. */
  Optional<Organisation> organisationBySupportCode(String supportCode);

  /** The category with this id. */
  Optional<Category> category(String id);

  /**
   * The causes a resolution may name for its defect (001: defect accounting), code to name, in the
   * centre's order; none by default, and then a resolution names none.
   */
  default Map<String, String> causes() {
    return Map.of();
  }

  /**
   * The reasons an agent may give for a breached target (002: the reasons of delays), code to
   * name, in the centre's order; none by default.
   */
  default Map<String, String> delayReasons() {
    return Map.of();
  }

  /** A builder of an immutable in-memory directory. */
  static Builder builder() {
    return new Builder();
  }

  /** Mutable, not thread-safe builder of an immutable, thread-safe in-memory directory. */
  final class Builder {
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Organisation> bySupportCode = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, String> causes = new LinkedHashMap<>();
    private final Map<String, String> delayReasons = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an organisation; ids and support codes must be unique. */
    public Builder organisation(Organisation organisation) {
      if (organisations.containsKey(organisation.id())) {
        throw new IllegalArgumentException("organisation " + organisation.id() + " is listed twice");
      }
      if (bySupportCode.containsKey(organisation.supportCode())) {
        throw new IllegalArgumentException("support code " + organisation.supportCode()
            + " belongs to " + bySupportCode.get(organisation.supportCode()).id() + " already");
      }
      organisations.put(organisation.id(), organisation);
      bySupportCode.put(organisation.supportCode(), organisation);
      return this;
    }

    /** Adds a category; ids must be unique. */
    public Builder category(Category category) {
      if (categories.putIfAbsent(category.id(), category) != null) {
        throw new IllegalArgumentException("category " + category.id() + " is listed twice");
      }
      return this;
    }

    /** Adds a cause a resolution may name; codes must be unique. */
    public Builder cause(String code, String name) {
      if (causes.putIfAbsent(code, name) != null) {
        throw new IllegalArgumentException("cause " + code + " is listed twice");
      }
      return this;
    }

    /** Adds a reason of delay an agent may give; codes must be unique. */
    public Builder delayReason(String code, String name) {
      if (delayReasons.putIfAbsent(code, name) != null) {
        throw new IllegalArgumentException("reason of delay " + code + " is listed twice");
      }
      return this;
    }

    /** The directory. */
    public Directory build() {
      return new StaticDirectory(Map.copyOf(organisations), Map.copyOf(bySupportCode), Map.copyOf(categories),
          Collections.unmodifiableMap(new LinkedHashMap<>(causes)),
          Collections.unmodifiableMap(new LinkedHashMap<>(delayReasons)));
    }
  }
}
