package dev.desk.core.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Reads a record's fields by reflection, for what walks any record (text checks, journal words).
 * A class's fields are looked up once and kept ({@link Class#getRecordComponents} is costly: on
 * every command it was most of a registration's time).
 */
public final class Records {

  /** One field of a record class: its name and how to read it. */
  public record Field(String name, MethodHandle reader) {
    /** The field's value in a record of its class. */
    public Object of(Record r) {
      try {
        return (Object) reader.invokeExact((Object) r);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
      }
    }
  }

  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      if (components == null) {
        return List.of();
      }
      Field[] out = new Field[components.length];
      for (int i = 0; i < components.length; i++) {
        Method accessor = components[i].getAccessor();
        accessor.trySetAccessible(); // a feature's own records may be package-private
        try {
          out[i] = new Field(components[i].getName(), MethodHandles.lookup().unreflect(accessor)
              .asType(MethodType.methodType(Object.class, Object.class))); // for invokeExact: no adapting per call
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read the fields of " + type.getName(), e);
        }
      }
      return List.of(out);
    }
  };

  private Records() {}

  /** The fields of a record class, in declaration order; none for a class that is no record. */
  public static List<Field> fields(Class<?> type) {
    return FIELDS.get(type);
  }
}
