package dev.desk.testkit.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.desk.core.Desk;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarFiles;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.Close;
import dev.desk.core.command.LowerLine;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.escalation.EscalationRulesFile;
import dev.desk.core.internal.ConfigFiles;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.sla.WarningThreshold;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.testkit.FakeClock;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario: a desk set up from a file, and timed steps run on a fake clock with the in-memory
 * store. The format (YAML or JSON; every key but {@code start} and {@code steps} optional):
 *
 * <pre>
 * start: 2025-10-31T16:50:00+03:00        # the fake clock's first instant
 * zone: Europe/Moscow                     # the zone instants print in (default: start's offset)
 * workingCalendar: ru-contact-centre      # what advanceWorking counts in
 * calendars: [ ... ]                      # calendar definitions (CalendarFiles format); built-ins are there
 * policies:                               # SLA policies; the first is the default
 *   - id: standard
 *     urgency: EMERGENCY                  # optional: category, urgency, serviceContract
 *     targets:
 *       - {kind: RESPONSE, duration: PT2H, calendar: ru-contact-centre, warnings: [50, 80]}
 * organisations: [{id: gkb-1, name: City Hospital 1, supportCode: VLG-0001, profile: hospital}]
 * categories: [{id: emr, name: Medical records, firstLineGroup: emr-l1, defaultUrgency: PLANNED}]
 * staff: { ... }                          # a service directory (ServiceDirectoryFile format)
 * escalation: {rules: [ ... ]}            # escalation rules (EscalationRulesFile format)
 * steps:
 *   - at: 2025-10-31T16:50:00+03:00       # the clock moves to this instant
 *   - advance: PT3H                       # this much time passes
 *   - advanceWorking: PT3H                # this much working time of workingCalendar passes
 *   - sweep: true                         # the timer sweep runs now
 *   - register: {ref: t1, organisation: gkb-1, category: emr, urgency: PLANNED, channel: PHONE,
 *                requester: Иванова А. П., text: Не открывается карта}
 *   - assign: {ticket: t1, group: emr-l1, agent: petrov, line: L2, reason: ...}   # keeps or raises the line
 *   - lowerLine: {ticket: t1, group: emr-l1, agent: petrov, line: L1, reason: ...} # hands it down, with a reason
 *   - startWork: {ticket: t1}
 *   - requestInformation: {ticket: t1, text: ...}
 *   - reply: {ticket: t1, text: ...}     # the requester answers
 *   - resolve: {ticket: t1, text: ...}
 *   - close: {ticket: t1}
 *   - reopen: {ticket: t1, text: ...}
 *   - comment: {ticket: t1, text: ..., internal: true}
 *     by: {role: AGENT, id: petrov, groups: [emr-l1]}   # who; default: a supervisor
 *   - changeUrgency: {ticket: t1, urgency: EMERGENCY, reason: ...}
 * </pre>
 *
 * <p>While time passes, the sweep runs at every instant something falls due, as a host's
 * scheduler would, so warnings, breaches and escalations fire when they should. A refused step
 * does not stop the scenario: it appears in the output as a {@code Refused} line.
 */
public final class Scenario {

  private static final ObjectMapper READER = JsonMapper.builder(new YAMLFactory())
      .addModule(new JavaTimeModule())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .build();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS).build();
  private static final int MAX_SWEEPS_PER_STEP = 10_000;
  /** The most timers a run may fire: a scenario is a story, not a load test, and its journal fits in memory. */
  static final int MAX_FIRINGS = 20_000;

  private final ScenarioFile file;
  private final String source;

  private Scenario(ScenarioFile file, String source) {
    this.file = file;
    this.source = source;
  }

  /**
   * A scenario from YAML or JSON.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} naming what is wrong and where
   */
  public static Scenario read(Reader in, String source) {
    ScenarioFile file;
    try {
      String text = ConfigFiles.text(in, source);
      ConfigFiles.requireBounded(text, source);
      file = READER.readValue(text, ScenarioFile.class);
    } catch (IOException e) {
      String where = e instanceof JsonProcessingException j && j.getLocation() != null
          ? source + " line " + j.getLocation().getLineNr() : source;
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, where + ": "
          + (e instanceof JsonProcessingException j ? ConfigFiles.problem(j) : "the file cannot be read"), e);
    }
    if (file == null || file.start == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": start is required");
    }
    return new Scenario(file, source);
  }

  /** Runs the scenario from the start. */
  public Result run() {
    ZoneId zone = file.zone == null ? file.start.getOffset() : ZoneId.of(file.zone);
    FakeClock clock = FakeClock.at(file.start.toInstant(), zone);
    InMemoryTicketStore store = new InMemoryTicketStore();
    Desk.Builder b = Desk.builder().clock(clock).store(store);
    Map<String, BusinessCalendar> calendars = new HashMap<>();
    for (int i = 0; i < file.calendars.size(); i++) {
      BusinessCalendar c = CalendarFiles.read(new StringReader(yaml(file.calendars.get(i))),
          source + "#calendars/" + i);
      calendars.put(c.id(), c);
      b.calendar(c);
    }
    if (!file.policies.isEmpty()) {
      b.slaPolicies(policies());
    }
    ServiceDirectory staff = file.staff == null ? null
        : ServiceDirectory.read(new StringReader(yaml(file.staff)), source + "#staff");
    if (staff != null) {
      b.serviceDirectory(staff);
    }
    if (file.escalation != null) {
      b.escalationRules(EscalationRulesFile.read(new StringReader(yaml(file.escalation)), source + "#escalation",
          staff));
    }
    Directory directory = directory();
    Desk desk = b.directory(directory).build();
    BusinessCalendar working = calendars.containsKey(file.workingCalendar) ? calendars.get(file.workingCalendar)
        : Calendars.builtIn(file.workingCalendar).orElseThrow(() -> new DeskException(ErrorCode.CONFIGURATION_INVALID,
            source + ": no calendar " + file.workingCalendar));
    Run run = new Run(desk, directory, store, clock, working);
    for (int i = 0; i < file.steps.size(); i++) {
      run.step(i, file.steps.get(i));
    }
    return new Result(run.lines(zone), run.numbers);
  }

  private Directory directory() {
    Directory.Builder d = Directory.builder();
    file.organisations.forEach(o -> d.organisation(new Organisation(o.id, o.name == null ? o.id : o.name,
        o.supportCode, o.profile)));
    file.categories.forEach(c -> d.category(new Category(c.id, c.name == null ? c.id : c.name, c.firstLineGroup,
        c.defaultUrgency)));
    return d.build();
  }

  private SlaPolicies policies() {
    List<SlaPolicy> all = file.policies.stream().map(p -> new SlaPolicy(p.id, p.category, p.urgency,
        p.serviceContract, p.targets.stream().map(t -> new SlaTarget(t.kind, t.duration, t.calendar,
            t.warnings.stream().map(w -> rung(p.id, w)).toList())).toList(), p.type)).toList();
    return SlaPolicies.of(all.get(0), all.subList(1, all.size()).toArray(SlaPolicy[]::new));
  }

  private static final Pattern BEFORE = Pattern.compile("(P\\S+)\\s+before");

  /** A rung of a warning ladder as a scenario writes it: 50 (per cent of the target), or "PT10M before" the deadline. */
  private WarningThreshold rung(String policy, JsonNode rung) {
    try {
      if (rung.isInt()) {
        return WarningThreshold.percent(rung.intValue());
      }
      Matcher before = BEFORE.matcher(rung.asText().strip());
      if (rung.isTextual() && before.matches()) {
        return WarningThreshold.before(Duration.parse(before.group(1)));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // said below, with the rung as written
    }
    throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": policy " + policy + " has the warning "
        + rung + "; a warning is a percentage of the target from 1 to 99 (50) or working time before the deadline"
        + " (\"PT10M before\")");
  }

  private static String yaml(JsonNode node) {
    try {
      return YAML.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a tree Jackson read always writes
    }
  }

  /**
   * What a scenario produced.
   *
   * @param lines one JSON object a journal event (or refused step), in time order
   * @param numbers the ticket number of each {@code ref}
   */
  public record Result(List<String> lines, Map<String, String> numbers) {}

  /** One run's state. */
  private final class Run {
    final Desk desk;
    final Directory directory;
    final InMemoryTicketStore store;
    final FakeClock clock;
    final BusinessCalendar working;
    final Map<String, String> numbers = new HashMap<>();
    final Map<String, TicketId> ids = new HashMap<>();
    final List<Map.Entry<Instant, ObjectNode>> refused = new ArrayList<>();
    long fired;

    Run(Desk desk, Directory directory, InMemoryTicketStore store, FakeClock clock, BusinessCalendar working) {
      this.desk = desk;
      this.directory = directory;
      this.store = store;
      this.clock = clock;
      this.working = working;
    }

    void step(int index, ScenarioFile.Step s) {
      try {
        if (s.at != null) {
          passTo(s.at.toInstant());
        }
        if (s.advance != null) {
          passTo(clock.instant().plus(s.advance));
        }
        if (s.advanceWorking != null) {
          passTo(working.add(clock.instant(), s.advanceWorking));
        }
        if (s.sweep) {
          desk.runDueTimers();
        }
        if (s.register != null) {
          register(s.register, s.by);
        }
        command(s);
      } catch (DeskException e) {
        if (e.code() == ErrorCode.CONFIGURATION_INVALID) {
          throw e; // the scenario itself is at fault: the run stops
        }
        refused.add(Map.entry(clock.instant(), JSON.createObjectNode().put("step", index + 1)
            .put("at", clock.instant().atZone(clock.getZone()).toOffsetDateTime().toString())
            .put("event", "Refused").put("error", e.getMessage())));
      }
    }

    /** Moves the clock, sweeping at every instant something falls due on the way. */
    void passTo(Instant target) {
      if (target.isBefore(clock.instant())) {
        throw new DeskException(ErrorCode.VALIDATION_FAILED, "time does not run backwards: " + target);
      }
      for (int i = 0; i < MAX_SWEEPS_PER_STEP; i++) {
        Instant next = store.dueTickets(target, Desk.SWEEP_BATCH).stream().map(id -> store.find(id).orElseThrow())
            .map(TicketSnapshot::nextDueAt).min(Comparator.naturalOrder()).orElse(null);
        if (next == null) {
          break;
        }
        clock.set(next.isAfter(clock.instant()) ? next : clock.instant());
        fired += desk.runDueTimers();
        if (fired > MAX_FIRINGS) {
          throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "the scenario fires more than " + MAX_FIRINGS
              + " timers (warnings, breaches, escalations) by " + clock.instant().atZone(clock.getZone())
              .toLocalDateTime() + "; shorten the time it covers or lengthen its repeats");
        }
      }
      clock.set(target);
    }

    void register(ScenarioFile.Registration r, ScenarioFile.Actor by) {
      Organisation org = directory.organisation(r.organisation).orElseThrow(() -> new DeskException(
          ErrorCode.VALIDATION_FAILED, "no organisation " + r.organisation + " in the scenario"));
      TicketSnapshot t = desk.register(by == null ? Actor.requester("requester", r.organisation) : actor(by),
          RegisterTicket.builder().organisation(r.organisation, org.supportCode()).requester(r.requester)
              .category(r.category).urgency(r.urgency).channel(r.channel).subject(r.subject).description(r.text)
              .serviceContract(r.serviceContract).build());
      if (r.ref != null) {
        numbers.put(r.ref, t.number());
        ids.put(r.ref, t.id());
      }
    }

    void command(ScenarioFile.Step s) {
      ScenarioFile.Command c;
      TicketCommand command;
      if ((c = s.assign) != null) {
        command = new Assign(id(c), version(c), c.group, c.line, c.agent, c.reason);
      } else if ((c = s.lowerLine) != null) {
        command = new LowerLine(id(c), version(c), c.group, c.line, c.agent, c.reason);
      } else if ((c = s.startWork) != null) {
        command = new StartWork(id(c), version(c));
      } else if ((c = s.requestInformation) != null) {
        command = new RequestInformation(id(c), version(c), c.text);
      } else if ((c = s.reply) != null) {
        command = new RecordCustomerReply(id(c), version(c), c.text);
      } else if ((c = s.resolve) != null) {
        command = new Resolve(id(c), version(c), c.text);
      } else if ((c = s.close) != null) {
        command = new Close(id(c), version(c), c.reason);
      } else if ((c = s.reopen) != null) {
        command = new Reopen(id(c), version(c), c.text);
      } else if ((c = s.comment) != null) {
        command = new AddComment(id(c), version(c), c.text, c.internal);
      } else if ((c = s.changeUrgency) != null) {
        command = new ChangeUrgency(id(c), version(c), c.urgency, c.reason);
      } else {
        return;
      }
      Actor actor = s.by != null ? actor(s.by) : s.reply != null || s.reopen != null
          ? Actor.requester("requester", desk.ticket(Actor.SYSTEM, id(c)).organisationId()) : Actor.supervisor("scenario");
      desk.execute(actor, command);
    }

    TicketId id(ScenarioFile.Command c) {
      TicketId id = ids.get(c.ticket);
      if (id == null) {
        throw new DeskException(ErrorCode.VALIDATION_FAILED, "no ticket registered as " + c.ticket);
      }
      return id;
    }

    long version(ScenarioFile.Command c) {
      return desk.ticket(Actor.SYSTEM, id(c)).version();
    }

    Actor actor(ScenarioFile.Actor a) {
      return switch (a.role) {
        case REQUESTER -> Actor.requester(a.id, a.organisation);
        case AGENT -> Actor.agent(a.id, a.groups.toArray(String[]::new));
        case SUPERVISOR -> Actor.supervisor(a.id);
        case SYSTEM -> Actor.SYSTEM;
      };
    }

    List<String> lines(ZoneId zone) {
      List<JournalEvent> events = new ArrayList<>();
      for (TicketSnapshot t : desk.query(Actor.SYSTEM, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))) {
        events.addAll(desk.journal(Actor.SYSTEM, t.id()));
      }
      Map<TicketId, String> number = new HashMap<>();
      desk.query(Actor.SYSTEM, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))
          .forEach(t -> number.put(t.id(), t.number()));
      events.sort(Comparator.comparing(JournalEvent::occurredAt).thenComparing(e -> number.get(e.ticketId()))
          .thenComparing(JournalEvent::sequence));
      List<Map.Entry<Instant, ObjectNode>> out = new ArrayList<>();
      for (JournalEvent e : events) {
        ObjectNode line = JSON.createObjectNode().put("ticket", number.get(e.ticketId()))
            .put("sequence", e.sequence()).put("at", e.occurredAt().atZone(zone).toOffsetDateTime().toString())
            .put("event", e.change().getClass().getSimpleName()).put("actor", e.actorId());
        if (e.reason() != null) {
          line.put("reason", e.reason());
        }
        line.set("details", JSON.valueToTree(e.change()));
        out.add(Map.entry(e.occurredAt(), line));
      }
      out.addAll(refused);
      out.sort(Map.Entry.comparingByKey()); // stable: a refusal comes after what happened at its instant
      return out.stream().map(entry -> entry.getValue().toString()).toList();
    }
  }
}
