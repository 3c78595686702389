package dev.desk.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** Reads a record's fields by reflection, for what walks any record (text checks, journal words). */
public final class Records {

  private Records() {}

  /** The value of one field of a record, a feature's package-private records too. */
  public static Object read(Record r, RecordComponent c) {
    try {
      Method accessor = c.getAccessor();
      accessor.trySetAccessible();
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }
}
