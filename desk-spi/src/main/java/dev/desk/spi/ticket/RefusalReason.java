package dev.desk.spi.ticket;

/** The closed list of reasons the contact-centre rules allow for refusing a consultation. */
public enum RefusalReason {
  /** The caller did not give the facts every request needs. */
  MISSING_REQUIRED_FACTS,
  /** The problem is not described in enough detail. */
  INSUFFICIENT_DETAIL,
  /** The problem cannot be reproduced. */
  NOT_REPRODUCIBLE,
  /** Remote access was needed and not provided. */
  REMOTE_ACCESS_NOT_PROVIDED,
  /** The caller was disrespectful. */
  DISRESPECTFUL_CONDUCT,
  /** The request is outside the competence of the centre. */
  OUT_OF_COMPETENCE
}
