package dev.desk.core.routing;

import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.storage.DocumentStore;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups, agents, the people above them and the routing rules: who can work which ticket.
 * Immutable and thread-safe; made by {@link #builder()} or {@link #read(Reader, String)}, both of
 * which refuse an inconsistent directory (an agent in no group, a rule naming an unknown group)
 * listing every problem at once.
 */
public final class ServiceDirectory {

  private final Map<String, Group> groups;
  private final Map<String, Agent> agents;
  private final List<RoutingRule> routing;
  private final String headOfService;

  private ServiceDirectory(Builder b) {
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(b.groups)); // in file order: the first competent group wins
    agents = Collections.unmodifiableMap(new LinkedHashMap<>(b.agents));
    routing = List.copyOf(b.routing);
    headOfService = b.headOfService;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A directory from YAML or JSON; the format is in {@link ServiceDirectoryFile}.
   *
   * @param source names the input in messages (a file name)
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of every problem
   */
  public static ServiceDirectory read(Reader in, String source) {
    return ServiceDirectoryFile.read(in, source);
  }

  /** The name a directory is kept under in a {@link DocumentStore}. */
  public static final String DOCUMENT = "service-directory";

  /**
   * The directory kept in the store, if one was saved.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} if what is stored no longer reads
   */
  public static Optional<ServiceDirectory> load(DocumentStore store) {
    return store.load(DOCUMENT).map(d -> read(new StringReader(d.content()), DOCUMENT + " v" + d.version()));
  }

  /**
   * Checks a directory's text and keeps it in the store over the version the caller read ({@code
   * 0} for the first); a text that does not read is refused and nothing is written.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of every problem
   * @throws dev.desk.spi.error.StaleVersionException when someone saved it meanwhile
   */
  public static DocumentStore.StoredDocument save(DocumentStore store, String text, long expectedVersion,
      Instant at) {
    read(new StringReader(text), DOCUMENT);
    return store.save(DOCUMENT, text, expectedVersion, at);
  }

  /** The group with this id. */
  public Optional<Group> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  /** The agent with this id. */
  public Optional<Agent> agent(String id) {
    return Optional.ofNullable(agents.get(id));
  }

  /** Every group, in the order they were listed. */
  public Map<String, Group> groups() {
    return groups;
  }

  /** Every agent. */
  public Map<String, Agent> agents() {
    return agents;
  }

  /** The routing rules, first match first. */
  public List<RoutingRule> routing() {
    return routing;
  }

  /** The head of service, who hears of what the groups' leads hear of; may be {@code null}. */
  public String headOfService() {
    return headOfService;
  }

  /** Every calendar the groups and agents name, to check against the calendars desk knows. */
  public Set<String> calendarIds() {
    Set<String> out = new LinkedHashSet<>();
    groups.values().stream().map(Group::onDutyCalendar).filter(Objects::nonNull).forEach(out::add);
    agents.values().stream().map(Agent::shiftCalendar).filter(Objects::nonNull).forEach(out::add);
    return out;
  }

  /** A problem of a directory, with where it is: {@code agents/3}, {@code routing/0}. */
  record Problem(String path, String message) {}

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final List<RoutingRule> routing = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int groupIndex;
    private int agentIndex;
    private String headOfService;

    private Builder() {}

    /** Adds a group; ids must be unique. */
    public Builder group(Group group) {
      String path = "groups/" + groupIndex++;
      if (groups.putIfAbsent(group.id(), group) != null) {
        problems.add(new Problem(path, "group " + group.id() + " is listed twice"));
      }
      return this;
    }

    /** Adds an agent; ids must be unique and every group they name must exist. */
    public Builder agent(Agent agent) {
      String path = "agents/" + agentIndex++;
      if (agents.putIfAbsent(agent.id(), agent) != null) {
        problems.add(new Problem(path, "agent " + agent.id() + " is listed twice"));
      }
      if (agent.groups().isEmpty()) {
        problems.add(new Problem(path, "agent " + agent.id() + " is in no group"));
      }
      if (agent.capacity() < 1) {
        problems.add(new Problem(path, "agent " + agent.id() + " needs a capacity of at least 1, not "
            + agent.capacity()));
      }
      return this;
    }

    /** Adds a routing rule after the others. */
    public Builder route(RoutingRule rule) {
      routing.add(rule);
      return this;
    }

    /** The head of service. */
    public Builder headOfService(String value) {
      headOfService = value;
      return this;
    }

    /**
     * The directory.
     *
     * @throws DeskException {@code CONFIGURATION_INVALID} listing every problem
     */
    public ServiceDirectory build() {
      return build(Problem::path);
    }

    /** The directory, naming each problem's place with {@code where}. */
    ServiceDirectory build(Function<Problem, String> where) {
      List<Problem> all = new ArrayList<>(problems);
      int i = 0;
      for (Agent agent : agents.values()) {
        for (String g : agent.groups()) {
          if (!groups.containsKey(g)) {
            all.add(new Problem("agents/" + indexOf(agents, agent.id()) + "/groups",
                "agent " + agent.id() + " names an unknown group " + g + " (known: " + groups.keySet() + ")"));
          }
        }
      }
      for (RoutingRule rule : routing) {
        if (rule.groups().isEmpty()) {
          all.add(new Problem("routing/" + i, "a routing rule needs at least one group"));
        }
        for (String g : rule.groups()) {
          if (!groups.containsKey(g)) {
            all.add(new Problem("routing/" + i + "/groups", "routing rule " + i + " names an unknown group " + g
                + " (known: " + groups.keySet() + ")"));
          }
        }
        i++;
      }
      if (!all.isEmpty()) {
        List<String> lines = all.stream().map(p -> where.apply(p) + ": " + p.message()).toList();
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The service directory has " + lines.size()
            + (lines.size() == 1 ? " problem:\n  " : " problems:\n  ") + String.join("\n  ", lines));
      }
      return new ServiceDirectory(this);
    }

    private static int indexOf(Map<String, Agent> agents, String id) {
      int i = 0;
      for (String key : agents.keySet()) {
        if (key.equals(id)) {
          return i;
        }
        i++;
      }
      return -1;
    }
  }
}
