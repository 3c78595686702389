package dev.desk.core.lifecycle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of something an actor does that may move a ticket between states. The built-in
 * commands use the constants here; a lifecycle may define more ({@code ARRIVE_ON_SITE}) and
 * run them with {@link dev.desk.core.command.PerformAction}.
 *
 * @param name upper-case letters, digits and underscores, starting with a letter
 */
public record Action(String name) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Make an agent responsible. */
  public static final Action ASSIGN = new Action("ASSIGN");
  /** The assignee starts working. */
  public static final Action START_WORK = new Action("START_WORK");
  /** Ask the requester for information; waits for them. */
  public static final Action REQUEST_INFORMATION = new Action("REQUEST_INFORMATION");
  /** The requester answered. */
  public static final Action CUSTOMER_REPLIED = new Action("CUSTOMER_REPLIED");
  /** Wait for a third party (a vendor, another service). */
  public static final Action WAIT_FOR_THIRD_PARTY = new Action("WAIT_FOR_THIRD_PARTY");
  /** The third party answered. */
  public static final Action THIRD_PARTY_REPLIED = new Action("THIRD_PARTY_REPLIED");
  /** Give the answer. */
  public static final Action RESOLVE = new Action("RESOLVE");
  /** Confirm the answer and close. */
  public static final Action CLOSE = new Action("CLOSE");
  /** The requester is not satisfied with the answer. */
  public static final Action REOPEN = new Action("REOPEN");
  /** Refuse, for one of the allowed reasons. */
  public static final Action REJECT = new Action("REJECT");

  /** Checks the name. */
  public Action {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("an action name is upper-case letters, digits and _: " + name);
    }
  }

  /** The action with this name. */
  public static Action of(String name) {
    return new Action(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
