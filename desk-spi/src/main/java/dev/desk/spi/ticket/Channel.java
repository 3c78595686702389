package dev.desk.spi.ticket;

/** Where a request came in. */
public enum Channel {
  /** A phone call registered by an agent. */
  PHONE,
  /** The web portal. */
  PORTAL,
  /** E-mail. */
  EMAIL,
  /** SMS. */
  SMS,
  /** A machine-to-machine call (webhook, API). */
  API
}
