package dev.desk.spi.error;

/** The lifecycle has no transition for this action from the ticket's state. Nothing was changed. */
public class IllegalTransitionException extends DeskException {

  private static final long serialVersionUID = 1L;

  private final String status;
  private final String action;

  /** The action {@code action} is not allowed in state {@code status}. */
  public IllegalTransitionException(String status, String action, String message) {
    super(ErrorCode.ILLEGAL_TRANSITION, message);
    this.status = status;
    this.action = action;
  }

  /** The state the ticket is in. */
  public String status() {
    return status;
  }

  /** The action that was refused. */
  public String action() {
    return action;
  }
}
