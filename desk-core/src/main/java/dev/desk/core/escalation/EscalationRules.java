package dev.desk.core.escalation;

import dev.desk.core.routing.ServiceDirectory;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A checked set of escalation rules. Immutable and thread-safe. {@link #builder()} and {@link
 * #read(Reader, String)} refuse what would only fail later, when a rule fires at 3 a.m.: levels
 * out of order, thresholds outside 1-100 %, unknown roles, rules without levels or actions, and
 * reassignment rules that send tickets round in a circle. {@link #check(ServiceDirectory)} also
 * refuses groups the directory does not know; desk runs it at start.
 */
public final class EscalationRules {

  private final List<EscalationRule> rules;

  private EscalationRules(List<EscalationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** No rules. */
  public static EscalationRules none() {
    return new EscalationRules(List.of());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rules from YAML or JSON; the format is in {@link EscalationRulesFile}.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of every problem
   */
  public static EscalationRules read(Reader in, String source) {
    return EscalationRulesFile.read(in, source, null);
  }

  /** The rules, in order. */
  public List<EscalationRule> rules() {
    return rules;
  }

  /**
   * Refuses rules naming groups the directory does not know ({@code null}: no directory, so no
   * group may be named).
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} listing every problem
   */
  public void check(ServiceDirectory directory) {
    List<Problem> problems = directoryProblems(rules, directory);
    if (!problems.isEmpty()) {
      throw failure(problems, Problem::path);
    }
  }

  /** A problem, with where it is: {@code rules/2/levels/0/actions/1}. */
  record Problem(String path, String message) {}

  static DeskException failure(List<Problem> problems, Function<Problem, String> where) {
    List<String> lines = problems.stream().map(p -> where.apply(p) + ": " + p.message()).toList();
    return new DeskException(ErrorCode.CONFIGURATION_INVALID, "The escalation rules have " + lines.size()
        + (lines.size() == 1 ? " problem:\n  " : " problems:\n  ") + String.join("\n  ", lines));
  }

  static List<Problem> problems(List<EscalationRule> rules) {
    List<Problem> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int r = 0; r < rules.size(); r++) {
      EscalationRule rule = rules.get(r);
      String at = "rules/" + r;
      if (rule.id() == null || rule.id().isBlank()) {
        out.add(new Problem(at, "a rule needs an id"));
      } else if (!ids.add(rule.id())) {
        out.add(new Problem(at, "rule " + rule.id() + ": the id is used twice"));
      }
      if (rule.levels().isEmpty()) {
        out.add(new Problem(at, "rule " + rule.id() + " has no levels"));
      }
      if (rule.minReopens() < 0) {
        out.add(new Problem(at, "rule " + rule.id() + ": reopenedAtLeast must not be negative"));
      }
      int previous = 0;
      for (int l = 0; l < rule.levels().size(); l++) {
        Level level = rule.levels().get(l);
        String lat = at + "/levels/" + l;
        String name = "rule " + rule.id() + " level " + level.number();
        if (level.number() <= previous) {
          out.add(new Problem(lat, name + ": levels must be numbered upwards from 1"));
        }
        previous = level.number();
        if (level.trigger() instanceof Trigger.ClockPercent c && (c.percent() < 1 || c.percent() > 100)) {
          out.add(new Problem(lat, name + ": a threshold must be within 1-100 %, not " + c.percent() + " %"));
        }
        if (level.trigger() instanceof Trigger.Unassigned u && (u.workingTime().isNegative()
            || u.workingTime().isZero())) {
          out.add(new Problem(lat, name + ": unassignedFor must be positive, not " + u.workingTime()));
        }
        if (level.repeat() != null && (level.repeat().isNegative() || level.repeat().isZero())) {
          out.add(new Problem(lat, name + ": repeat must be positive, not " + level.repeat()));
        }
        if (level.actions().isEmpty()) {
          out.add(new Problem(lat, name + " has no actions"));
        }
        for (int a = 0; a < level.actions().size(); a++) {
          if (level.actions().get(a) instanceof EscalationAction.Notify n
              && n.recipient().kind() == Recipient.Kind.ROLE && !Recipient.ROLES.contains(n.recipient().id())) {
            out.add(new Problem(lat + "/actions/" + a, name + ": unknown role " + n.recipient().id() + " (known: "
                + Recipient.ROLES.stream().sorted().toList() + ")"));
          }
        }
      }
    }
    out.addAll(cycles(rules));
    return out;
  }

  /** Rules that reassign tickets of group A to B, and others B to A: tickets would go round. */
  private static List<Problem> cycles(List<EscalationRule> rules) {
    Map<String, Set<String>> edges = new HashMap<>();
    for (EscalationRule rule : rules) {
      for (Level level : rule.levels()) {
        for (EscalationAction action : level.actions()) {
          if (action instanceof EscalationAction.Reassign re) {
            for (String from : rule.groups()) {
              edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(re.group());
            }
          }
        }
      }
    }
    List<Problem> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (String start : edges.keySet()) {
      List<String> path = new ArrayList<>();
      if (cycle(start, start, edges, path, new HashSet<>()) && reported.add(String.join(">", new TreeSet<>(path)))) {
        out.add(new Problem("rules", "reassignment rules send tickets round in a circle: " + start + " -> "
            + String.join(" -> ", path)));
      }
    }
    return out;
  }

  private static boolean cycle(String start, String at, Map<String, Set<String>> edges, List<String> path,
      Set<String> seen) {
    for (String next : edges.getOrDefault(at, Set.of())) {
      path.add(next);
      if (next.equals(start) || seen.add(next) && cycle(start, next, edges, path, seen)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  static List<Problem> directoryProblems(List<EscalationRule> rules, ServiceDirectory directory) {
    List<Problem> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      EscalationRule rule = rules.get(r);
      for (String g : rule.groups()) {
        unknownGroup(directory, g, "rules/" + r + "/groups", "rule " + rule.id(), out);
      }
      for (int l = 0; l < rule.levels().size(); l++) {
        Level level = rule.levels().get(l);
        for (int a = 0; a < level.actions().size(); a++) {
          String at = "rules/" + r + "/levels/" + l + "/actions/" + a;
          String name = "rule " + rule.id() + " level " + level.number();
          EscalationAction action = level.actions().get(a);
          if (action instanceof EscalationAction.Reassign re) {
            unknownGroup(directory, re.group(), at, name, out);
          } else if (action instanceof EscalationAction.RaiseLine up && up.group() != null) {
            unknownGroup(directory, up.group(), at, name, out);
          } else if (action instanceof EscalationAction.Notify n && n.recipient().kind() == Recipient.Kind.GROUP) {
            unknownGroup(directory, n.recipient().id(), at, name, out);
          }
        }
      }
    }
    return out;
  }

  private static void unknownGroup(ServiceDirectory directory, String group, String at, String name,
      List<Problem> out) {
    if (directory == null) {
      out.add(new Problem(at, name + " names group " + group + " but desk has no service directory"));
    } else if (directory.group(group).isEmpty()) {
      out.add(new Problem(at, name + " names an unknown group " + group + " (known: "
          + directory.groups().keySet() + ")"));
    }
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final List<EscalationRule> rules = new ArrayList<>();

    private Builder() {}

    /** Adds a rule after the others. */
    public Builder rule(EscalationRule rule) {
      rules.add(rule);
      return this;
    }

    /**
     * The checked rules.
     *
     * @throws DeskException {@code CONFIGURATION_INVALID} listing every problem
     */
    public EscalationRules build() {
      return build(Problem::path);
    }

    EscalationRules build(Function<Problem, String> where) {
      List<Problem> problems = problems(rules);
      if (!problems.isEmpty()) {
        throw failure(problems, where);
      }
      return new EscalationRules(rules);
    }
  }
}
