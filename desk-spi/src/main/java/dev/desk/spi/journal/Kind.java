package dev.desk.spi.journal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name and schema version of a kind of {@link TicketChange}, as stores keep it: a
 * namespace, a dot and a name in lower case ({@code "sla.clock-started"}), never a Java class
 * name, so a class may be renamed or moved without touching stored journals. Raise the version
 * when the kind's fields change meaning; a reader of an older version knows it from the stored
 * number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kind {

  /** The stable name, such as {@code "ticket.status-changed"}. */
  String value();

  /** The schema version of the kind's fields, from 1. */
  int version() default 1;
}
