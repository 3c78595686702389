package dev.desk.core.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One level of an escalation rule.
 *
 * @param number 1, 2, 3 ...: higher levels come later
 * @param trigger when it fires
 * @param actions what it does, in order
 * @param repeat fire again after this much working time while the trigger holds; {@code null}
 *     fires once per cycle
 */
public record Level(int number, Trigger trigger, List<EscalationAction> actions, Duration repeat) {

  /** Rejects missing parts; copies the actions. */
  public Level {
    Objects.requireNonNull(trigger, "trigger");
    actions = List.copyOf(actions);
  }
}
