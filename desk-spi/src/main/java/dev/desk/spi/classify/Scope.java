package dev.desk.spi.classify;

/** How many people a problem touches, least first; {@code compareTo} orders by reach. */
public enum Scope {
  /** One person. */
  ONE_USER,
  /** A department, a ward, a floor, one building's entrance. */
  DEPARTMENT,
  /** Everyone: the whole organisation, building or district. */
  EVERYONE
}
