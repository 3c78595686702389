package dev.desk.spi.ticket;

/** How a requester can be reached. */
public enum ContactKind {
  /** A phone number. */
  PHONE,
  /** An e-mail address. */
  EMAIL,
  /** A number for SMS. */
  SMS,
  /** A fax number. */
  FAX
}
