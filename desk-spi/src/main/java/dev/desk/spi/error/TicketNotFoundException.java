package dev.desk.spi.error;

/** No ticket has that id or number (or the actor may not know that it exists). */
public class TicketNotFoundException extends DeskException {

  private static final long serialVersionUID = 1L;

  /** No ticket {@code ticket} (an id or a number). */
  public TicketNotFoundException(String ticket) {
    super(ErrorCode.TICKET_NOT_FOUND, "No ticket " + ticket);
  }
}
