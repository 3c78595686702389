package dev.desk.core.routing;

import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Routes tickets to groups and picks agents by their {@link Workload}: open tickets, and load (open
 * tickets weighted by urgency: EMERGENCY 4, URGENT 3, PLANNED 2, CONSULTATION 1), which the store
 * keeps and every node reads alike.
 *
 * <ul>
 *   <li>{@link #route}: the first routing rule that matches names candidate groups; without one,
 *       the first-line groups competent for the category are. EMERGENCY goes to the first
 *       candidate on duty now; other tickets to the first candidate, whose queue waits for its
 *       hours.
 *   <li>{@link #pickAgent}: an agent of the group on shift now, with the skill, under capacity,
 *       with the least load; ties take turns by the group's turn counter.
 * </ul>
 *
 * <p>Immutable and thread-safe: it keeps no count of its own.
 */
public final class Dispatcher {

  private static final int[] WEIGHT = {4, 3, 2, 1}; // by Urgency ordinal

  private final ServiceDirectory directory;
  private final List<Agent> agents;
  private final Map<String, Integer> agentIndex = new HashMap<>();
  private final BusinessCalendar[] shifts; // the distinct shift calendars
  private final int[] shiftOf; // per agent: its index in shifts, -1 for around the clock
  private final int[] capacity;
  private final Map<String, int[]> groupMembers = new HashMap<>();
  private final Map<String, Map<String, int[]>> skilled = new ConcurrentHashMap<>();
  private final Function<String, BusinessCalendar> calendars;

  /** What the agents hold now, as the store counts it. */
  public interface Workload {

    /** How many open tickets the agent holds. */
    long open(String agent);

    /** The agent's open tickets weighted by urgency. */
    long load(String agent);

    /** How many tickets the group's agents were given automatically: whose turn it is among equals. */
    long turn(String group);
  }

  /**
   * A dispatcher over the directory.
   *
   * @param calendars the calendar of an id the directory names
   */
  public Dispatcher(ServiceDirectory directory, Function<String, BusinessCalendar> calendars) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.calendars = calendars;
    agents = directory.agents().values().stream().sorted(Comparator.comparing(Agent::id)).toList();
    List<String> shiftIds = agents.stream().map(Agent::shiftCalendar).filter(Objects::nonNull).distinct().toList();
    shifts = shiftIds.stream().map(calendars).toArray(BusinessCalendar[]::new);
    shiftOf = new int[agents.size()];
    capacity = new int[agents.size()];
    for (int i = 0; i < agents.size(); i++) {
      Agent a = agents.get(i);
      agentIndex.put(a.id(), i);
      shiftOf[i] = a.shiftCalendar() == null ? -1 : shiftIds.indexOf(a.shiftCalendar());
      capacity[i] = a.capacity();
    }
    for (String group : directory.groups().keySet()) {
      groupMembers.put(group, indices(a -> a.groups().contains(group)));
    }
  }

  /** A ticket's weight in its agent's load, by its urgency. */
  public static int weight(Urgency urgency) {
    return WEIGHT[urgency.ordinal()];
  }

  /** The directory it works with. */
  public ServiceDirectory directory() {
    return directory;
  }

  /**
   * The group that takes a ticket, and the skill its agent needs; empty when no rule matches and
   * no first-line group is competent for the category.
   */
  public Optional<Route> route(String category, Urgency urgency, String organisationProfile, String organisation,
      Instant now) {
    List<String> candidates = null;
    String skill = category;
    for (RoutingRule rule : directory.routing()) {
      if (rule.matches(category, urgency, organisationProfile, organisation)) {
        candidates = rule.groups();
        if (rule.skill() != null) {
          skill = rule.skill();
        }
        break;
      }
    }
    if (candidates == null) {
      candidates = directory.groups().values().stream()
          .filter(g -> g.line() == SupportLine.L1 && g.categories().contains(category)).map(Group::id).toList();
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String chosen = candidates.get(0);
    if (urgency == Urgency.EMERGENCY) {
      for (String g : candidates) {
        if (onDuty(directory.groups().get(g), now)) {
          chosen = g;
          break;
        }
      }
    }
    return Optional.of(new Route(chosen, directory.groups().get(chosen).line(), skill));
  }

  /** Whether the group is on duty at that instant. */
  public boolean onDuty(Group group, Instant now) {
    return group.onDutyCalendar() == null || calendars.apply(group.onDutyCalendar()).isWorking(now);
  }

  /**
   * The agent who should take a ticket of the group now: on shift, with the skill ({@code null}
   * for any), under capacity, least loaded, round-robin among equals; empty when nobody can.
   */
  public Optional<String> pickAgent(String group, String skill, Instant now, Workload work) {
    int[] members = members(group, skill);
    if (members == null || members.length == 0) {
      return Optional.empty();
    }
    boolean[] onShift = new boolean[shifts.length]; // each shift calendar asked once, not once per agent
    for (int c = 0; c < shifts.length; c++) {
      onShift[c] = shifts[c].isWorking(now);
    }
    long least = Long.MAX_VALUE;
    int ties = 0;
    long[] loads = new long[members.length];
    for (int m = 0; m < members.length; m++) {
      int i = members[m];
      String id = agents.get(i).id();
      long l = (shiftOf[i] < 0 || onShift[shiftOf[i]]) && work.open(id) < capacity[i] ? work.load(id) : Long.MAX_VALUE;
      loads[m] = l;
      if (l < least) {
        least = l;
        ties = 1;
      } else if (l == least && l != Long.MAX_VALUE) {
        ties++;
      }
    }
    if (ties == 0) {
      return Optional.empty();
    }
    int k = (int) Math.floorMod(work.turn(group), (long) ties);
    for (int m = 0; m < members.length; m++) {
      if (loads[m] == least && k-- == 0) {
        return Optional.of(agents.get(members[m]).id());
      }
    }
    throw new AssertionError("a tie was counted and not found");
  }

  /**
   * The agents of the group with the skill ({@code null} for any) on shift now, whatever their
   * load: the only ones whose workload a pick needs to read.
   */
  public List<String> onShift(String group, String skill, Instant now) {
    List<String> out = new ArrayList<>();
    for (int i : members(group, skill)) {
      if (shiftOf[i] < 0 || shifts[shiftOf[i]].isWorking(now)) {
        out.add(agents.get(i).id());
      }
    }
    return out;
  }

  private int[] members(String group, String skill) {
    int[] members = skill == null ? groupMembers.get(group) : skilled
        .computeIfAbsent(group, g -> new ConcurrentHashMap<>())
        .computeIfAbsent(skill, k -> intersect(groupMembers.get(group), indices(a -> a.skills().contains(skill))));
    return members == null ? new int[0] : members;
  }

  /** Whether any agent of the group could take a ticket now (on shift, under capacity). */
  public boolean anyoneAvailable(String group, Instant now, Workload work) {
    for (int i : groupMembers.getOrDefault(group, new int[0])) {
      if (work.open(agents.get(i).id()) < capacity[i] && (shiftOf[i] < 0 || shifts[shiftOf[i]].isWorking(now))) {
        return true;
      }
    }
    return false;
  }

  /** The agent's capacity: how many open tickets they may hold; 0 for an unknown agent. */
  public int capacity(String agent) {
    Integer i = agentIndex.get(agent);
    return i == null ? 0 : capacity[i];
  }

  private int[] indices(Predicate<Agent> which) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      if (which.test(agents.get(i))) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] intersect(int[] a, int[] b) {
    if (a == null) {
      return new int[0];
    }
    return Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).toArray();
  }

  /**
   * Where a ticket goes.
   *
   * @param group the group that takes it
   * @param line the group's support line
   * @param skill the skill its agent needs
   */
  public record Route(String group, SupportLine line, String skill) {}
}
