package dev.desk.spi.error;

/** The actor may not see or change this ticket, or may not run this command. Nothing was changed. */
public class AccessDeniedException extends DeskException {

  private static final long serialVersionUID = 1L;

  /** Access denied, with the reason in words. */
  public AccessDeniedException(String message) {
    super(ErrorCode.ACCESS_DENIED, message);
  }
}
