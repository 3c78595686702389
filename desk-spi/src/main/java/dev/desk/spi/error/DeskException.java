package dev.desk.spi.error;

import java.util.Objects;

/** The base of every exception desk throws on purpose; unchecked, with a stable code. */
public class DeskException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /** An error with a code and a message for people. */
  public DeskException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** An error with a code, a message and the failure that caused it. */
  public DeskException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable code of this error. */
  public ErrorCode code() {
    return code;
  }
}
