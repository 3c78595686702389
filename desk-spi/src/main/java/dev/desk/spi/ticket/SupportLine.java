package dev.desk.spi.ticket;

/** Support lines, from the first (registers and answers typical requests) up. */
public enum SupportLine {
  /** First line: registers, answers typical requests. */
  L1,
  /** Second line: specialists for non-typical requests. */
  L2,
  /** Third line: system administrators, engineers, the vendor. */
  L3;

  /** The line above, or this one at the top. */
  public SupportLine next() {
    return this == L3 ? L3 : values()[ordinal() + 1];
  }
}
