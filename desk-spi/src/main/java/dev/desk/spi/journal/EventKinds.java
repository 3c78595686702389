package dev.desk.spi.journal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stable names of the kinds of change: read from each kind's {@link Kind} annotation, checked
 * once per class. A store keeps {@link #name} and {@link #version} with every event, and finds a
 * kind's class again by its name through {@link #builtIn()} and the extension kinds desk hands it.
 */
public final class EventKinds {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  private static final ClassValue<Kind> KINDS = new ClassValue<>() {
    @Override
    protected Kind computeValue(Class<?> type) {
      Kind kind = type.getAnnotation(Kind.class);
      if (kind == null) {
        throw new IllegalArgumentException(type.getName() + " is a change without a @Kind name");
      }
      if (!NAME.matcher(kind.value()).matches() || kind.version() < 1) {
        throw new IllegalArgumentException(type.getName() + " has the kind " + kind.value() + " version "
            + kind.version() + "; a kind is namespace.name in lower case, version 1 or more");
      }
      return kind;
    }
  };

  private static final Map<String, Class<? extends TicketChange>> BUILT_IN = builtInKinds();

  private EventKinds() {}

  /** The stable name of a change's kind; for a change a store did not recognise, the name it was stored with. */
  public static String name(TicketChange change) {
    return change instanceof TicketChange.Unrecognised u ? u.kind() : of(change.getClass()).value();
  }

  /** The schema version of a change's kind. */
  public static int version(TicketChange change) {
    return change instanceof TicketChange.Unrecognised u ? u.version() : of(change.getClass()).version();
  }

  /**
   * The kind of a class of change.
   *
   * @throws IllegalArgumentException when it has no {@link Kind} or a malformed one
   */
  public static Kind of(Class<? extends TicketChange> type) {
    return KINDS.get(type);
  }

  /** The kinds of the SDK by stable name, in declaration order. */
  public static Map<String, Class<? extends TicketChange>> builtIn() {
    return BUILT_IN;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Class<? extends TicketChange>> builtInKinds() {
    Map<String, Class<? extends TicketChange>> out = new LinkedHashMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(TicketChange.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (type.isSealed()) {
        List<Class<?>> permitted = List.of(type.getPermittedSubclasses());
        for (int i = permitted.size() - 1; i >= 0; i--) {
          todo.push(permitted.get(i));
        }
      } else if (type.isRecord() && type != TicketChange.Unrecognised.class) {
        Class<? extends TicketChange> change = (Class<? extends TicketChange>) type;
        if (out.put(of(change).value(), change) != null) {
          throw new IllegalStateException("two kinds are named " + of(change).value());
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
