package dev.desk.core;

import dev.desk.core.attachment.AttachmentPolicy;
import dev.desk.core.attachment.FileType;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.CalendarHistory;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.engine.Engine;
import dev.desk.core.engine.Feature;
import dev.desk.core.engine.Intent;
import dev.desk.core.engine.Outcome;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.feature.ChannelsFeature;
import dev.desk.core.feature.EscalationFeature;
import dev.desk.core.feature.KnowledgeFeature;
import dev.desk.core.feature.NoticesFeature;
import dev.desk.core.feature.RoutingFeature;
import dev.desk.core.feature.SlaFeature;
import dev.desk.core.feature.TicketsFeature;
import dev.desk.core.internal.AccessPolicy;
import dev.desk.core.internal.Assignments;
import dev.desk.core.internal.AttachmentCheck;
import dev.desk.core.internal.ClockPlanner;
import dev.desk.core.internal.ClockReports;
import dev.desk.core.internal.DueTimers;
import dev.desk.core.internal.Escalator;
import dev.desk.core.internal.InputValidator;
import dev.desk.core.internal.Messages;
import dev.desk.core.internal.NoticePlanner;
import dev.desk.core.internal.Registrations;
import dev.desk.core.internal.TextCheck;
import dev.desk.core.internal.TicketDecider;
import dev.desk.core.internal.TicketIds;
import dev.desk.core.journal.JournalFollower;
import dev.desk.core.knowledge.ArticleUsage;
import dev.desk.core.knowledge.ArticleUse;
import dev.desk.core.knowledge.Deflection;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.Suggestions;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.lifecycle.Transition;
import dev.desk.core.lifecycle.TransitionHook;
import dev.desk.core.notify.DeliveryReport;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.numbering.TicketNumberFormat;
import dev.desk.core.plugin.PluginRegistry;
import dev.desk.core.plugin.PluginSet;
import dev.desk.core.plugin.PluginThreads;
import dev.desk.core.quality.QualityFeature;
import dev.desk.core.routing.Dispatcher;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.core.shift.ShiftFeature;
import dev.desk.core.sla.ClockCycle;
import dev.desk.core.sla.ClockReport;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.core.view.RequesterEntry;
import dev.desk.core.view.RequesterView;
import dev.desk.spi.PluginContext;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.error.AccessDeniedException;
import dev.desk.spi.error.CapacityExceededException;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.IllegalTransitionException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.error.TicketNotFoundException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.JournalEvent;
import dev.desk.spi.journal.JournalListener;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.knowledge.ArticleRevision;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.InboundLog;
import dev.desk.spi.storage.JournalFeed;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.OutboxStore;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.SlaClock;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support desk: registers tickets, runs commands on them, and answers what they are and
 * what happened to them. Every method checks its input and the actor's rights first and
 * refuses bad input with one typed {@link DeskException}; a refused command writes nothing.
 *
 * <p>Thread-safe. Made with {@link #builder()} or injected through {@link DeskModule}.
 *
 * <pre>{@code
 * Desk desk = Desk.builder().directory(directory).build();
 * TicketSnapshot t = desk.register(Actor.requester("ivanova", "gkb-1"), RegisterTicket.builder()
 *     .organisation("gkb-1", "VLG-0001").requester("Иванова Анна Петровна")
 *     .category("emr").description("Не открывается электронная медицинская карта").build());
 * t = desk.execute(agent, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
 * }</pre>
 */
public final class Desk implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Desk.class);
  /**
   * Tries of a registration whose automatic assignment meets an agent filled by another node
   * meanwhile. Each refusal means another commit took the room, so the tries end once the agents
   * are full and the ticket waits in its group's queue; nodes racing for the same least-loaded
   * agent lose several in a row (five were too few for four nodes on a slow machine). The bound
   * only stops a store that refuses for ever.
   */
  private static final int CAPACITY_ATTEMPTS = 64;
  /** Dead letters an agent's request reads through at most, to find theirs. */
  private static final int DEAD_LETTERS_SCANNED = 10_000;
  /** Tickets one {@link #runDueTimers()} call looks at, at most. */
  public static final int SWEEP_BATCH = 1_000;

  private final Clock clock;
  private final TicketIds ids;
  private final TicketStore store;
  private final Lifecycle lifecycle;
  private final Directory directory;
  private final TicketNumberFormat numberFormat;
  private final InputValidator validator = InputValidator.shared();
  private final Registrations registrations;
  private final ClockReports clockReports;
  private final AttachmentCheck files;
  private final DeskKnowledge knowledge;
  private final boolean notifyPeople;
  /** Each calendar's versions by id: a clock counts each stretch on the version in force while it passed. */
  private final Function<String, CalendarHistory> calendars;
  private final UrgencyClassification classification;
  private final Assignments assignments;
  private final NotificationDelivery delivery;
  private final Engine engine;
  private final PluginThreads threads;
  private final PluginSet plugins;

  private Desk(Builder b) {
    this.threads = b.executor == null ? PluginThreads.bounded(PluginThreads.DEFAULT_MAX) : PluginThreads.of(b.executor);
    this.plugins = PluginSet.of(b.plugins, b.enabled, new PluginContext(b.clock, threads.pool(), SpiVersion.CURRENT));
    this.classification = b.classification == null ? null : b.classification.withMorePlugins(plugins.classifiers());
    this.delivery = b.delivery.withMoreNotifiers(plugins.notifiers());
    this.clock = b.clock;
    this.ids = new TicketIds(b.clock);
    this.store = b.store;
    this.lifecycle = b.lifecycle;
    this.directory = b.directory;
    this.numberFormat = b.numberFormat;
    Map<String, CalendarHistory> own = Map.copyOf(b.calendars);
    this.calendars = id -> {
      CalendarHistory c = own.get(id);
      return c != null ? c : Calendars.builtIn(id).map(CalendarHistory::of).orElseThrow(() -> new DeskException(
          ErrorCode.CONFIGURATION_INVALID, "No calendar " + id));
    };
    Set<String> openStates = lifecycle.states().stream().filter(st -> !st.terminal() && !st.resolved())
        .map(st -> st.name()).collect(Collectors.toUnmodifiableSet());
    this.assignments = b.serviceDirectory == null ? null : new Assignments(
        new Dispatcher(b.serviceDirectory, id -> calendars.apply(id).at(clock.instant())), store, directory,
        openStates);
    // the order in which the features react: clocks answer first, escalation looks last
    List<Feature> features = new ArrayList<>();
    features.add(new TicketsFeature(new TicketDecider(lifecycle, directory, b.serviceDirectory)));
    features.add(new SlaFeature(new ClockPlanner(b.slaPolicies, calendars, lifecycle)));
    features.add(new ChannelsFeature());
    features.add(new KnowledgeFeature());
    features.add(new QualityFeature(directory, b.notifyPeople));
    features.add(new ShiftFeature(lifecycle, calendars));
    features.add(new NoticesFeature(b.notifyPeople ? new NoticePlanner(lifecycle) : null));
    if (assignments != null) {
      features.add(new RoutingFeature(assignments));
    }
    if (!b.escalationRules.rules().isEmpty()) {
      features.add(new EscalationFeature(new Escalator(b.escalationRules, b.serviceDirectory, calendars, openStates,
          id -> directory.organisation(id).map(Organisation::profile).orElse(null))));
    }
    features.addAll(b.features);
    this.engine = new Engine(features);
    this.registrations = new Registrations(directory, lifecycle, classification, assignments);
    this.clockReports = new ClockReports(calendars, b.slaPolicies);
    this.notifyPeople = b.notifyPeople;
    this.files = new AttachmentCheck(b.attachmentStore != null ? b.attachmentStore
        : store instanceof AttachmentStore kept ? kept : null, b.attachmentRules, b.attachmentRulesByType);
    this.knowledge = new DeskKnowledge(b.knowledge, directory);
    store.knowKinds(engine.kinds());
  }

  /** A builder; only the directory has no default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Registers a ticket in the lifecycle's initial state, with a new number.
   *
   * @throws ValidationException listing every missing or wrong fact (unknown organisation,
   *     support code or category; a support code of another organisation; oversized text)
   * @throws dev.desk.spi.error.AccessDeniedException when a requester registers for another
   *     organisation
   */
  public TicketSnapshot register(Actor actor, RegisterTicket command) {
    return register(actor, command, null);
  }

  /**
   * Registers a ticket that came as a message: the message is journaled with it, in one commit,
   * and the store knows its id from then on (the same message again fails as stale).
   *
   * @param via the message, or {@code null}
   */
  public TicketSnapshot register(Actor actor, RegisterTicket command, TicketChange.MessageReceived via) {
    requireActor(actor);
    requireValid(TextCheck.message(via));
    Category category = registrations.check(command);
    knowledge.requireKnownSession(command);
    AccessPolicy.requireMayRegister(actor, command.organisationId());
    requireValid(files.check("attachments", command.attachments(), command.type(), List::of, actor, store::find));
    Instant now = clock.instant();
    String number = numberFormat.format(now, store.nextInSeries(numberFormat.series(now)));
    Suggestions sent = knowledge.toSend(command, via);
    List<TicketChange> changes = DeskKnowledge.with(registrations.changes(command, category, number, now,
        clock.getZone(), threads.pool()), sent);
    Intent.Register intent = new Intent.Register(actor, ids.next(), changes, via);
    Outcome outcome = engine.decide(null, intent, now);
    for (int attempt = 1; ; attempt++) {
      try {
        store.commit(outcome.commit());
        break;
      } catch (CapacityExceededException e) {
        // another node filled the agent meanwhile: decide again on the workload the store holds now
        if (attempt == CAPACITY_ATTEMPTS) {
          throw e;
        }
        outcome = engine.decide(null, intent, now);
      }
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("Registered {} by {} {}", number, actor.role(), actor.id());
    }
    if (notifyPeople && command.contacts().isEmpty()) {
      LOG.info("{}: the requester gave no contact, so no notice will reach them; tell them the number now", number);
    }
    knowledge.shown(command, sent);
    afterCommit(outcome);
    return outcome.after();
  }

  /**
   * Runs a command on a ticket.
   *
   * @return the ticket after the command
   * @throws ValidationException for bad input or fields the lifecycle requires
   * @throws TicketNotFoundException for an unknown ticket
   * @throws dev.desk.spi.error.AccessDeniedException when the actor may not do it
   * @throws StaleVersionException when the ticket changed since the caller read it
   * @throws dev.desk.spi.error.IllegalTransitionException when the lifecycle does not allow it now
   */
  public TicketSnapshot execute(Actor actor, TicketCommand command) {
    return execute(actor, command, null);
  }

  /**
   * Runs a command that came as a message: the message is journaled with the command's events,
   * in one commit.
   *
   * @param via the message, or {@code null}
   */
  public TicketSnapshot execute(Actor actor, TicketCommand command, TicketChange.MessageReceived via) {
    requireActor(actor);
    requireValid(TextCheck.message(via));
    List<Violation> violations = validator.check(command);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    TicketSnapshot ticket = load(command.ticketId());
    AccessPolicy.requireMayRun(actor, ticket, command);
    command = knowledge.resolve(command, ticket);
    requireValid(files.check("files", command.files(), ticket.type(), () -> store.journal(ticket.id()), actor,
        store::find));
    if (ticket.version() != command.expectedVersion()) {
      throw new StaleVersionException(ticket.number(), command.expectedVersion(), ticket.version());
    }
    Outcome outcome = engine.decide(ticket, new Intent.Command(actor, command, via), clock.instant());
    store.commit(outcome.commit());
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} by {} {}", command.getClass().getSimpleName(), ticket.number(), actor.role(), actor.id());
    }
    afterCommit(outcome);
    return outcome.after();
  }

  private static void requireValid(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /**
   * A knowledge-base draft from a solved ticket (resolved or closed) or from a suggestion about
   * the base (004 s.9.1): what its requester could read, never internal notes, without personal
   * data, linked back to the ticket; for staff only until a reviewer publishes it.
   *
   * @throws ValidationException when the ticket is neither solved nor a suggestion
   * @throws DeskException {@code CONFIGURATION_INVALID} when this desk has no knowledge base
   */
  public ArticleRevision draftArticle(Actor author, TicketId id) {
    requireActor(author);
    AccessPolicy.requireStaff(author, "draft knowledge-base articles");
    TicketSnapshot ticket = ticket(author, id);
    return knowledge.draft(author, ticket, () -> requesterView(author, id));
  }

  /** The ticket with this id, if the actor may see it. */
  public TicketSnapshot ticket(Actor actor, TicketId id) {
    requireActor(actor);
    if (id == null) {
      throw new ValidationException(List.of(Messages.violation("id", "id.required")));
    }
    TicketSnapshot ticket = load(id);
    AccessPolicy.requireAccess(actor, ticket, id.toString());
    return ticket;
  }

  /** The ticket with this number, if the actor may see it. */
  public TicketSnapshot ticketByNumber(Actor actor, String number) {
    requireActor(actor);
    if (StringUtils.isBlank(number)) {
      throw new ValidationException(List.of(Messages.violation("number", "number.blank")));
    }
    requireValid(TextCheck.check("number", number));
    TicketSnapshot ticket = store.findByNumber(number.strip())
        .orElseThrow(() -> new TicketNotFoundException(number));
    AccessPolicy.requireAccess(actor, ticket, number);
    return ticket;
  }

  /**
   * The ticket's journal, oldest first: every event, for staff (agents of its groups, supervisors,
   * the system). A requester reads {@link #requesterView} instead.
   *
   * @throws dev.desk.spi.error.AccessDeniedException for a requester
   */
  public List<JournalEvent> journal(Actor actor, TicketId id) {
    requireActor(actor);
    if (actor.role() == ActorRole.REQUESTER) {
      throw new AccessDeniedException("A requester reads the requester's view of a ticket (requesterView), not its"
          + " journal");
    }
    return store.journal(ticket(actor, id).id());
  }

  /**
   * What a requester reads of their ticket: what they said, what support said to them publicly,
   * the statuses, the resolution; built for them by the feature that owns each kind of event, so
   * internal comments, notices to staff, escalations, clocks and the classifier's reasoning are
   * never in it. Staff may read it too, to see what the requester sees.
   *
   * @throws dev.desk.spi.error.AccessDeniedException for a requester of another organisation
   */
  public RequesterView requesterView(Actor actor, TicketId id) {
    TicketSnapshot ticket = ticket(actor, id);
    List<RequesterEntry> entries = new ArrayList<>();
    for (JournalEvent event : store.journal(ticket.id())) {
      engine.forRequester(event).ifPresent(entries::add);
    }
    return new RequesterView(ticket.number(), ticket.subject(), ticket.status(), entries);
  }

  /**
   * Tickets matching the query that the actor may see: a requester's are limited to their
   * organisation, an agent's to their groups.
   */
  public List<TicketSnapshot> query(Actor actor, TicketQuery query) {
    requireActor(actor);
    if (query == null) {
      throw new ValidationException(List.of(Messages.violation("query", "query.required")));
    }
    requireValid(TextCheck.check("query", query));
    TicketQuery allowed = switch (actor.role()) {
      case SUPERVISOR, SYSTEM -> query;
      case REQUESTER -> {
        if (query.organisationId() != null && !query.organisationId().equals(actor.organisationId())) {
          yield null;
        }
        yield query.withOrganisation(actor.organisationId());
      }
      case AGENT -> {
        var groups = query.groups().isEmpty() ? actor.groups()
            : query.groups().stream().filter(actor.groups()::contains).collect(Collectors.toSet());
        yield groups.isEmpty() ? null : query.withGroups(groups);
      }
    };
    return allowed == null ? List.of() : store.query(allowed);
  }

  /**
   * Fires the SLA warnings and breaches due now, at most {@value #SWEEP_BATCH} tickets; call it
   * from the host's scheduler. Each ticket's events are one commit; a ticket that changed
   * meanwhile is left for the next sweep. Its cost follows what is due, not what is open.
   *
   * @return how many journal events it wrote
   */
  public int runDueTimers() {
    return runDueTimers(SWEEP_BATCH);
  }

  /** {@link #runDueTimers()} for at most {@code limit} tickets. */
  public int runDueTimers(int limit) {
    if (limit < 1) {
      throw new ValidationException(List.of(Messages.violation("limit", "sweep.limit", limit)));
    }
    Instant now = clock.instant();
    DueTimers sweep = new DueTimers(engine, now, this::afterCommit);
    store.processDue(now, limit, sweep);
    return sweep.eventsWritten() + (assignments == null ? 0 : handOutQueues(now));
  }

  /** Offers the tickets waiting in the groups' queues to the agents on shift now; the events it wrote. */
  private int handOutQueues(Instant now) {
    int written = 0;
    for (TicketSnapshot ticket : assignments.queued(now)) {
      Optional<Assign> offer = assignments.offer(ticket, now);
      if (offer.isEmpty()) {
        continue;
      }
      try {
        Outcome outcome = engine.decide(ticket, new Intent.Command(Actor.SYSTEM, offer.get(), null), now);
        store.commit(outcome.commit());
        afterCommit(outcome);
        written += outcome.events().size();
      } catch (StaleVersionException | IllegalTransitionException e) {
        // changed meanwhile or not assignable now: the next sweep offers it again
      }
    }
    return written;
  }

  /** What follows a commit: the transitions' hooks run. */
  private void afterCommit(Outcome outcome) {
    for (Transition transition : outcome.transitions()) {
      for (TransitionHook hook : transition.hooks()) {
        try {
          hook.afterTransition(outcome.after(), transition, outcome.events());
        } catch (RuntimeException e) {
          LOG.warn("Hook {} failed after {} on {}; the transition stands",
              hook.getClass().getName(), transition, outcome.after().number(), e);
        }
      }
    }
  }

  /**
   * Counts every agent's open tickets and load again from the open tickets in the store
   * (supervisors only): after an upgrade from a desk that counted them per process. Commits that
   * run meanwhile may be lost to the recount; run it when the desk is quiet.
   *
   * @return the counters set, by name
   * @throws DeskException {@code CONFIGURATION_INVALID} without a service directory
   */
  public Map<String, Long> recountWorkload(Actor actor) {
    requireActor(actor);
    if (actor.role() != ActorRole.SUPERVISOR && actor.role() != ActorRole.SYSTEM) {
      throw new AccessDeniedException("Only a supervisor may recount the agents' workload");
    }
    if (assignments == null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "This desk has no service directory to count for");
    }
    Map<String, Long> counts = assignments.recount();
    LOG.info("Workload of {} counters recounted by {} {}", counts.size(), actor.role(), actor.id());
    return counts;
  }

  /**
   * Delivers the notifications due now from the store's outbox, one batch; call it from the
   * host's scheduler like {@link #runDueTimers()}. Several nodes may call it at once: each entry
   * is leased to one.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} when the store keeps no outbox
   */
  public DeliveryReport deliverNotifications() {
    return delivery.deliverDue(outbox(), store, clock, threads.pool());
  }

  /**
   * Notifications given up on, oldest first, for an operator: a supervisor reads them all, an
   * agent those of tickets of their groups.
   */
  public List<OutboxEntry> deadLetters(Actor actor, int limit) {
    requireActor(actor);
    AccessPolicy.requireStaff(actor, "read the dead-letter list");
    if (actor.role() != ActorRole.AGENT) {
      return outbox().deadLetters(limit);
    }
    // an agent's share: read further down the list until their page is full or the list ends
    List<OutboxEntry> mine = new ArrayList<>();
    Map<TicketId, Boolean> ours = new HashMap<>();
    for (int read = limit; ; read = Math.min(read * 4, DEAD_LETTERS_SCANNED)) {
      List<OutboxEntry> all = outbox().deadLetters(read);
      mine.clear();
      for (OutboxEntry e : all) {
        if (ours.computeIfAbsent(e.ticketId(), tid -> store.find(tid)
            .map(t -> t.group() != null && actor.groups().contains(t.group())).orElse(false))) {
          mine.add(e);
        }
      }
      if (mine.size() >= limit || all.size() < read || read == DEAD_LETTERS_SCANNED) {
        return mine.size() > limit ? List.copyOf(mine.subList(0, limit)) : List.copyOf(mine);
      }
    }
  }

  /** Puts a dead notification back in line now (staff only); false when it is not dead. */
  public boolean requeue(Actor actor, String key) {
    requireActor(actor);
    AccessPolicy.requireStaff(actor, "re-queue notifications");
    if (actor.role() == ActorRole.AGENT) { // an agent re-queues only what concerns their groups' tickets
      Optional<OutboxEntry> entry = outbox().outboxEntry(key);
      if (entry.isPresent()) {
        AccessPolicy.requireAccess(actor, load(entry.get().ticketId()), entry.get().ticketId().toString());
      }
    }
    boolean requeued = outbox().requeue(key, clock.instant());
    if (requeued) {
      LOG.info("Notification {} re-queued by {} {}", key, actor.role(), actor.id());
    }
    return requeued;
  }

  private OutboxStore outbox() {
    if (store instanceof OutboxStore outbox) {
      return outbox;
    }
    throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The store " + store + " keeps no notification outbox");
  }

  /**
   * A follower that feeds the listener every journal event after {@code after}, in the order of
   * the global position, one batch per {@link JournalFollower#poll()}: for read models, search
   * indexes and reports that keep their own position.
   *
   * @param after the last position the listener has seen; 0 for the whole journal
   * @throws DeskException {@code CONFIGURATION_INVALID} when the store keeps no journal feed
   */
  public JournalFollower follow(JournalListener listener, long after) {
    return new JournalFollower(journalFeed(), listener, clock, after, JournalFollower.DEFAULT_GRACE, 500);
  }

  private JournalFeed journalFeed() {
    if (!(store instanceof JournalFeed feed)) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The store " + store + " keeps no journal feed");
    }
    return feed;
  }

  /** Refuses a missing or inverted period. */
  private static void requirePeriod(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new ValidationException(List.of(Messages.violation("to", "period.order", from, to)));
    }
  }

  /**
   * The articles answers linked most from {@code from} to {@code to}, per category (a FAQ, 000
   * A/02.3), read from the journal: each link once, in the category its ticket was in then.
   * For staff; a portal shows requesters only the articles they may read.
   *
   * @param perCategory at most this many articles per category, 1 to 100
   * @throws DeskException {@code CONFIGURATION_INVALID} when the store keeps no journal feed
   */
  public Map<String, List<ArticleUse>> mostLinkedArticles(Actor actor, Instant from, Instant to, int perCategory) {
    requireActor(actor);
    AccessPolicy.requireStaff(actor, "read which articles answers linked");
    if (perCategory < 1 || perCategory > 100) {
      throw new ValidationException(List.of(Messages.violation("perCategory", "constraint.Size", 1, 100)));
    }
    requirePeriod(from, to);
    return ArticleUsage.read(journalFeed(), from, to).byCategory(perCategory);
  }

  /**
   * How many requests the knowledge base answered before they became tickets: of the suggestion
   * sessions that began in the period, those where an article helped and no ticket was registered
   * after ({@link Deflection}, with its counts). For staff.
   *
   * @throws DeskException {@code CONFIGURATION_INVALID} when this desk has no knowledge base or
   *     its store keeps no journal feed
   */
  public Deflection deflection(Actor actor, Instant from, Instant to) {
    requireActor(actor);
    AccessPolicy.requireStaff(actor, "read the knowledge base's deflection");
    requirePeriod(from, to);
    return knowledge.deflection(from, to, journalFeed());
  }

  /** The ticket a channel's message went to, if the store has seen the message. */
  public Optional<TicketId> ticketOfMessage(String channel, String messageId) {
    return store instanceof InboundLog log ? log.ticketOfMessage(channel, messageId) : Optional.empty();
  }

  /**
   * How this desk judges urgency, to classify a text without registering it, to reload the
   * built-in rules or to read the plugins' health; empty when classification is off.
   */
  public Optional<UrgencyClassification> classification() {
    return Optional.ofNullable(classification);
  }

  /** What an SLA clock of the ticket says now, if the ticket has that clock. */
  public Optional<ClockReport> clock(Actor actor, TicketId id, SlaClockKind kind) {
    return clockReports.report(ticket(actor, id), kind, clock.instant());
  }

  /**
   * Every cycle of an SLA clock of the ticket, oldest first, from the journal: when each started
   * and ended, what it consumed, its pauses, and whether it was met or breached. An UPDATE clock
   * has a cycle per update the requester waited for.
   */
  public List<ClockCycle> clockCycles(Actor actor, TicketId id, SlaClockKind kind) {
    TicketSnapshot ticket = ticket(actor, id);
    return clockReports.cycles(ticket, store.journal(ticket.id()), kind, clock.instant());
  }

  /**
   * Why an SLA clock's deadline is what it is: its policy and target, every start, pause,
   * resume, warning, breach and stop of every cycle from the journal, and for a running clock
   * the calendar's day-by-day account of the remaining allowance. Text for people.
   */
  public Optional<String> explainClock(Actor actor, TicketId id, SlaClockKind kind) {
    return explainClock(actor, id, kind, null);
  }

  /**
   * The same, its instants in the reader's zone, so that one output reads in one zone (a 24x7
   * calendar's zone is UTC); {@code null} for the calendar's.
   */
  public Optional<String> explainClock(Actor actor, TicketId id, SlaClockKind kind, ZoneId readerZone) {
    TicketSnapshot ticket = ticket(actor, id);
    return clockReports.explain(ticket, store.journal(ticket.id()), kind, readerZone);
  }

  /** The business calendar a clock counts on now (the version in force). */
  public BusinessCalendar calendarFor(SlaClock clock) {
    return calendars.apply(clock.calendarId()).at(this.clock.instant());
  }

  /**
   * The threads plugin calls run on, each within its budget: the host's pool given to the
   * builder, or the desk's own bounded one. For components in front of the desk (an {@code Inbox}).
   */
  public ExecutorService executor() {
    return threads.pool();
  }

  /**
   * Stops the desk's own plugin threads (a pool the host gave stays the host's). The store, the
   * host's too, stays open. Calls after close may find no thread for a plugin.
   */
  @Override
  public void close() {
    plugins.close();
    threads.close();
  }

  /** The inbound channels the plugins offer or the host enabled, for an inbox to poll (a {@link DeskRunner}). */
  public List<InboundChannel> channels() {
    return plugins.channels();
  }

  /** The lifecycle tickets follow. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The clock desk reads time from. */
  public Clock clock() {
    return clock;
  }

  private static void requireActor(Actor actor) {
    if (actor == null) {
      throw new ValidationException(List.of(Messages.violation("actor", "actor.required")));
    }
    requireValid(TextCheck.actor(actor));
  }

  private TicketSnapshot load(TicketId id) {
    return store.find(id).orElseThrow(() -> new TicketNotFoundException(id.toString()));
  }

  /** Mutable, not thread-safe builder; {@link #build()} gives an immutable, thread-safe desk. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private TicketStore store;
    private Lifecycle lifecycle = Lifecycles.standard();
    private Directory directory;
    private TicketNumberFormat numberFormat = TicketNumberFormat.defaultFormat();
    private SlaPolicies slaPolicies = SlaPolicies.none();
    private final Map<String, CalendarHistory> calendars = new HashMap<>();
    private UrgencyClassification classification = UrgencyClassification.builtIn();
    private ServiceDirectory serviceDirectory;
    private EscalationRules escalationRules = EscalationRules.none();
    private NotificationDelivery delivery = NotificationDelivery.builder().build();
    private boolean notifyPeople;
    private final List<Feature> features = new ArrayList<>();
    private ExecutorService executor;
    private PluginRegistry plugins = PluginRegistry.builder().build();
    private final Map<String, Map<String, String>> enabled = new LinkedHashMap<>();
    private AttachmentStore attachmentStore;
    private KnowledgeBase knowledge;
    private AttachmentPolicy attachmentRules = AttachmentPolicy.contactCentre();
    private final Map<TicketType, AttachmentPolicy> attachmentRulesByType = new EnumMap<>(TicketType.class);

    private Builder() {}

    /**
     * Where files are kept and the rules their content must pass on every path to a ticket
     * (registration, {@code AttachFiles}, a reply with files): a reference must name content the
     * store holds, as the store describes it. By default the ticket store, when it keeps files
     * (the in-memory and JDBC stores do), and the contact-centre rules (JPEG, PNG, PDF by their
     * first bytes, 3 MB, 5 at once).
     */
    public Builder attachments(AttachmentStore store, AttachmentPolicy rules) {
      attachmentStore = setting(store, "attachment store");
      attachmentRules = setting(rules, "attachment rules");
      return this;
    }

    /**
     * The knowledge base answers link to: a linked article must be published and readable by the
     * ticket's requester, and the link keeps the revision they were sent. Without one, links are
     * ids kept as given.
     */
    public Builder knowledge(KnowledgeBase value) {
      knowledge = setting(value, "knowledge base");
      return this;
    }

    /**
     * Other rules for the files of one ticket type: a work request whose specialists ask for
     * screen recordings and logs may take {@link dev.desk.core.attachment.FileType#MP4} or
     * {@link dev.desk.core.attachment.FileType#ZIP}, while incidents keep the contact-centre rules.
     */
    public Builder attachments(TicketType type, AttachmentPolicy rules) {
      attachmentRulesByType.put(setting(type, "ticket type"), setting(rules, "attachment rules"));
      return this;
    }

    /**
     * The plugins this desk uses without further copying: each plugin's ready-made notifiers,
     * classifiers and channels, in registration order (explicit registrations, then what discovery
     * found), after the ones the host gave the delivery and the classification.
     */
    public Builder plugins(PluginRegistry value) {
      plugins = setting(value, "plugins");
      return this;
    }

    /**
     * Enables a kind of plugin the registry's plugins make (a notifier, channel or classifier), made
     * with these settings and the desk's clock, threads and SDK version; kinds are used in the order
     * enabled, after the ready-made ones. An unknown kind or setting fails {@link #build()}.
     */
    public Builder plugin(String kind, Map<String, String> settings) {
      enabled.put(setting(kind, "plugin kind"), Map.copyOf(setting(settings, "plugin settings")));
      return this;
    }

    /**
     * The threads plugin calls run on (notifiers, classifiers, channel polls), each within its
     * budget; the host keeps owning the pool. By default the desk makes a bounded pool of {@value
     * PluginThreads#DEFAULT_MAX} daemon threads, which {@link Desk#close()} stops.
     */
    public Builder executor(ExecutorService value) {
      executor = setting(value, "executor");
      return this;
    }

    /**
     * Adds a feature of the engine, after desk's own (which react first). Experimental: the
     * {@link Feature} interface is how desk's own features are built and may change in any release.
     */
    public Builder feature(Feature value) {
      features.add(setting(value, "feature"));
      return this;
    }

    /**
     * How a new ticket's urgency is judged when the registration names none; the built-in rules
     * by default. Every registration journals the judgement, applied or not.
     */
    public Builder classification(UrgencyClassification value) {
      classification = setting(value, "classification");
      return this;
    }

    /**
     * Groups, agents and routing rules: new tickets go to the group the rules name and to its
     * least loaded agent on shift; without one, to the category's first-line group, unassigned.
     */
    public Builder serviceDirectory(ServiceDirectory value) {
      serviceDirectory = setting(value, "serviceDirectory");
      return this;
    }

    /**
     * Escalation rules, evaluated on every ticket event and by the timer sweep; none by default.
     * Rules naming groups need a {@link #serviceDirectory service directory} that has them.
     */
    public Builder escalationRules(EscalationRules value) {
      escalationRules = setting(value, "escalationRules");
      return this;
    }

    /** How notifications are delivered from the outbox; by default with no notifier (all dead-letter). */
    public Builder notifications(NotificationDelivery value) {
      delivery = setting(value, "notifications");
      return this;
    }

    /**
     * Plan notices for the people of a ticket (off by default): the requester hears of the
     * registration with the number to quote, of questions, status changes and the resolution, on
     * every contact they gave; an agent hears of an assignment. Delivered from the outbox.
     */
    public Builder notifyPeople(boolean value) {
      notifyPeople = value;
      return this;
    }

    /** Judge no urgency: a registration without one takes its category's default urgency. */
    public Builder withoutClassification() {
      classification = null;
      return this;
    }

    /** SLA policies; none by default (tickets run no clocks). */
    public Builder slaPolicies(SlaPolicies value) {
      slaPolicies = setting(value, "slaPolicies");
      return this;
    }

    /** A business calendar policies may name, besides the built-in ones of {@link Calendars}. */
    public Builder calendar(BusinessCalendar value) {
      setting(value, "calendar");
      calendars.put(value.id(), CalendarHistory.of(value));
      return this;
    }

    /**
     * A calendar with its versions, each in force from its instant on: a clock counts each
     * stretch of working time on the version in force while it passed, so an edit that takes
     * effect at an instant changes nothing about the time before it, even for a clock still
     * running across it.
     */
    public Builder calendar(CalendarHistory value) {
      setting(value, "calendar");
      calendars.put(value.id(), value);
      return this;
    }

    /** Where time comes from; the system clock in UTC by default. */
    public Builder clock(Clock value) {
      clock = setting(value, "clock");
      return this;
    }

    /** Where tickets live; a new {@link InMemoryTicketStore} by default. */
    public Builder store(TicketStore value) {
      store = setting(value, "store");
      return this;
    }

    /** The lifecycle tickets follow; {@link Lifecycles#standard()} by default. */
    public Builder lifecycle(Lifecycle value) {
      lifecycle = setting(value, "lifecycle");
      return this;
    }

    /** Organisations and categories; required. */
    public Builder directory(Directory value) {
      directory = setting(value, "directory");
      return this;
    }

    /** How ticket numbers look; {@link TicketNumberFormat#defaultFormat()} by default. */
    public Builder numberFormat(TicketNumberFormat value) {
      numberFormat = setting(value, "numberFormat");
      return this;
    }

    private static <T> T setting(T value, String name) {
      if (value == null) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "Desk setting " + name + " must not be null");
      }
      return value;
    }

    /** The desk; throws {@code CONFIGURATION_INVALID} when the directory is missing. */
    public Desk build() {
      if (directory == null) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID,
            "A desk needs a directory of organisations and categories: call directory(...)");
      }
      if (store == null) {
        store = new InMemoryTicketStore();
      }
      List<String> unknown = slaPolicies.all().stream().flatMap(p -> p.targets().stream())
          .map(SlaTarget::calendarId).distinct()
          .filter(id -> !calendars.containsKey(id) && Calendars.builtIn(id).isEmpty()).toList();
      if (!unknown.isEmpty()) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "SLA policies name unknown calendars " + unknown
            + "; add them with calendar(...) or use " + Calendars.builtInIds());
      }
      List<String> unknownShifts = serviceDirectory == null ? List.of() : serviceDirectory.calendarIds().stream()
          .filter(id -> !calendars.containsKey(id) && Calendars.builtIn(id).isEmpty()).toList();
      if (!unknownShifts.isEmpty()) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, "The service directory names unknown calendars "
            + unknownShifts + "; add them with calendar(...) or use " + Calendars.builtInIds());
      }
      escalationRules.check(serviceDirectory);
      return new Desk(this);
    }
  }
}
