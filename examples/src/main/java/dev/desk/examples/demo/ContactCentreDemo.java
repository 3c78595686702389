package dev.desk.examples.demo;

import dev.desk.core.Desk;
import dev.desk.core.calendar.Calendars;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.AddWatcher;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.Close;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.Reject;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.journal.JournalFollower;
import dev.desk.core.knowledge.Deflection;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.SearchHit;
import dev.desk.core.knowledge.Suggestions;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.numbering.TicketNumberFormat;
import dev.desk.core.quality.ExplainDelay;
import dev.desk.core.quality.RateService;
import dev.desk.core.report.ReportModel;
import dev.desk.core.report.Reports;
import dev.desk.core.shift.HandOver;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.core.store.InMemoryKnowledgeStore;
import dev.desk.core.text.JournalFormatter;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.report.html.HtmlReport;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.storage.TicketStore;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import dev.desk.testkit.FakeClock;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.lang3.StringUtils;

/**
 * One working day of a regional contact centre for health-care information systems (working hours
 * 08:30-17:12 Moscow time). Tickets arrive by phone and through the portal, are answered by
 * the first line or handed to the second, one is refused as out of competence, and two
 * registrations are refused for bad facts. Time runs on a simulated clock.
 */
public final class ContactCentreDemo {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  /** The shift the day ends. */
  static final String DAY_SHIFT = "emr-l1 day";

  private static final Actor PETROV = Actor.agent("petrov", "emr-l1", "lis-l1");
  private static final Actor SMIRNOVA = Actor.agent("smirnova", "lis-l1");
  private static final Actor KOZLOV = Actor.agent("kozlov", "lis-l2");
  private static final Actor HEAD = Actor.supervisor("head-of-service");
  private static final Actor IVANOVA = Actor.requester("ivanova", "gkb-25");
  private static final Actor ORLOVA = Actor.requester("orlova", "pol-3");

  private final FakeClock clock;
  private final PrintWriter out;
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final Desk desk;
  private final KnowledgeBase kb;

  /** A demo whose simulated day starts at {@code start}, storing in {@code store}, printing to {@code out}. */
  public ContactCentreDemo(Instant start, PrintWriter out, TicketStore store) {
    this.clock = FakeClock.at(start, MOSCOW);
    this.out = out;
    // the base lives beside the tickets: in the H2 file (or database) when they do
    this.kb = KnowledgeBase.builder(store instanceof JdbcTicketStore jdbc ? jdbc.knowledge()
        : new InMemoryKnowledgeStore(), directory()).clock(clock).build();
    DemoKnowledge.load(kb, HEAD);
    this.desk = Desk.builder()
        .knowledge(kb)
        .clock(clock)
        .store(store)
        .directory(directory())
        .numberFormat(TicketNumberFormat.of("VLG-{yyyy}-{seq:6}", MOSCOW))
        .slaPolicies(policies())
        .notifyPeople(true)
        .notifications(NotificationDelivery.builder().locale("ru")
            .articleLinks("https://help.vlg.example/kb/{article}/{revision}").notifier(new Notifier() {
          @Override public String name() { return "demo-console"; }
          @Override public boolean accepts(OutboxEntry entry) { return entry.notification().resolvedTo() != null; }
          @Override public void deliver(OutboxEntry entry, Message message) {
            sent.add(entry.notification().resolvedTo() + ": " + message.subject());
          }
        }).build())
        .build();
  }

  /**
   * The centre's SLA: a response allowance of 2 working hours and resolution within 16 on the
   * centre's calendar; emergencies around the clock, 15 minutes and 4 hours.
   */
  public static SlaPolicies policies() {
    SlaPolicy standard = new SlaPolicy("contact-centre", null, null, null, List.of(
        SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofHours(2), Calendars.RU_CONTACT_CENTRE),
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(16), Calendars.RU_CONTACT_CENTRE)));
    SlaPolicy emergency = new SlaPolicy("emergency", null, Urgency.EMERGENCY, null, List.of(
        SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(15), Calendars.ALWAYS),
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(4), Calendars.ALWAYS)));
    return SlaPolicies.of(standard, emergency);
  }

  /** The organisations, categories and causes of defects of the regional contact centre. */
  public static Directory directory() {
    return Directory.builder()
        .organisation(new Organisation("gkb-25", "Emergency Hospital No. 25", "VLG-1025", "hospital"))
        .organisation(new Organisation("pol-3", "Outpatient Clinic No. 3", "VLG-2003", "clinic"))
        .organisation(new Organisation("onko", "Regional Oncology Centre", "VLG-3001", "hospital"))
        .category(new Category("emr", "Electronic medical records (MIS)", "emr-l1", Urgency.PLANNED))
        .category(new Category("lis", "Laboratory information system", "lis-l1", Urgency.PLANNED))
        .category(new Category("pacs", "Radiology images (PACS)", "emr-l1", Urgency.URGENT))
        .category(new Category("appointments", "Online appointments", "emr-l1", Urgency.PLANNED))
        .cause("certificate", "Signature certificate expired or missing")
        .cause("interface", "Exchange between systems")
        .cause("printer", "Printer or its driver")
        .cause("network", "The organisation's network")
        .cause("user", "Usage: the answer was how to do it")
        .delayReason("load", "Too many requests at once")
        .delayReason("vendor", "Waiting for the vendor or another organisation")
        .delayReason("requester", "Waiting for the requester beyond the pause")
        .delayReason("access", "No access to the workstation or system")
        .build();
  }

  /** Runs the day and prints what happened. */
  public void run() {
    out.println("desk demo: regional contact centre for health-care information systems");
    out.println("working hours 08:30-17:12, all times Moscow time; the simulated clock starts at "
        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(MOSCOW)));
    int earlier = desk.query(HEAD, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT)).size();
    if (earlier > 0) {
      out.println(earlier + " ticket(s) from earlier runs are in the store; numbering goes on from them");
    }
    out.println();

    TicketSnapshot emr = phoneCallAnsweredByTheFirstLine();
    TicketSnapshot lis = portalRequestHandedToTheSecondLine();
    TicketSnapshot printer = requestOutsideCompetence();
    refusedRegistrations();
    questionTheBaseAnswered();
    concurrentEdit(emr);

    step(2, "An intensive-care ward reports the whole MIS down; nobody picks it up");
    TicketSnapshot emergency = desk.register(PETROV, RegisterTicket.builder()
        .organisation("gkb-25", "VLG-1025")
        .requester("Кузнецова Ольга Викторовна")
        .channel(Channel.PHONE)
        .category("emr")
        .description("В реанимации не работает МИС целиком, назначения не видны")
        .build());
    say("registered " + emergency.number() + ", judged " + emergency.urgency() + " by the urgency rules: "
        + (emergency.urgency() == Urgency.EMERGENCY ? "15 minutes to respond, around the clock" : "normal targets"));
    step(0, "The timer sweep fires the SLA warnings and breaches that are due");
    clock.advance(Duration.ofMinutes(20));
    say("wrote " + desk.runDueTimers() + " journal events at " + clock.instant().atZone(MOSCOW).toLocalTime());
    TicketSnapshot late = desk.ticket(HEAD, emergency.id());
    desk.execute(HEAD, new ExplainDelay(late.id(), late.version(), SlaClockKind.RESPONSE, "load",
        "the whole first line was on the LIS outage"));
    say("the head of service records why " + late.number() + " waited: too many requests at once");

    step(0, "The day shift of emr-l1 hands over what is still open to the night duty");
    for (TicketSnapshot t : desk.query(HEAD, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))) {
      if (t.group() != null && t.group().equals("emr-l1") && t.resolution() == null && !t.status().equals("REJECTED")) {
        desk.execute(PETROV, new HandOver(t.id(), t.version(), DAY_SHIFT, t.urgency() == Urgency.EMERGENCY
            ? "Call the ICU back at once: is the MIS up again?" : "Check the images arrived; call the radiologist"));
        say("handed over " + t.number());
      }
    }

    out.println();
    out.println("== Tickets at " + clock.instant().atZone(MOSCOW).toLocalTime() + " (response / resolution clocks)");
    for (TicketSnapshot t : desk.query(HEAD, TicketQuery.all().withPage(0, TicketQuery.MAX_LIMIT))) {
      out.printf("  %-16s %-9s %-12s %-13s %-3s %-9s %-8s / %-8s %s%n", t.number(), t.status(), t.category(),
          t.urgency(), t.line(), t.assignee() == null ? "-" : t.assignee(), status(t, SlaClockKind.RESPONSE),
          status(t, SlaClockKind.RESOLUTION), StringUtils.abbreviate(t.subject(), 60));
    }
    out.println();
    out.println("== Why the resolution deadline of " + lis.number() + " is what it is");
    out.print(desk.explainClock(HEAD, lis.id(), SlaClockKind.RESOLUTION, MOSCOW).orElse("no clock\n"));
    desk.deliverNotifications();
    out.println();
    out.println("== Notifications delivered from the outbox (" + sent.size() + ", first ten)");
    sent.stream().limit(10).forEach(line -> out.println("  " + line));
    Instant dayStart = clock.instant().atZone(MOSCOW).toLocalDate().atStartOfDay(MOSCOW).toInstant();
    Deflection deflection = desk.deflection(HEAD, dayStart, dayStart.plus(Duration.ofDays(1)));
    out.println();
    out.printf("== Knowledge base today: %d suggestion session(s), %d helped, %d registered anyway, %d deflected"
        + " (%.0f %%)%n", deflection.sessions(), deflection.helped(), deflection.registeredAnyway(),
        deflection.deflected(), deflection.rate() * 100);
    desk.mostLinkedArticles(HEAD, dayStart, dayStart.plus(Duration.ofDays(1)), 3).forEach((category, uses) ->
        uses.forEach(u -> out.println("  most linked in " + category + ": " + u.articleId() + ", " + u.answers()
            + " answer(s)")));
    JournalFormatter journal = JournalFormatter.of(Locale.ENGLISH, MOSCOW);
    for (TicketSnapshot t : new TicketSnapshot[] {emr, lis, printer}) {
      out.println();
      out.println("== Journal of " + t.number() + " (Moscow time)");
      journal.lines(desk.journal(HEAD, t.id())).forEach(line -> out.println("  " + line));
    }
  }

  private TicketSnapshot phoneCallAnsweredByTheFirstLine() {
    step(1, "A ward nurse calls: the electronic medical record will not open");
    TicketSnapshot t = desk.register(PETROV, RegisterTicket.builder()
        .organisation("gkb-25", "VLG-1025")
        .requester("Иванова Анна Петровна")
        .requesterId("ivanova")
        .contact(ContactKind.PHONE, "+7 8442 00-25-01")
        .contact(ContactKind.SMS, "+7 902 025-00-01")
        .noticesBy(ContactKind.SMS, ContactKind.PHONE)
        .channel(Channel.PHONE)
        .category("emr")
        .description("В кардиологии не открывается электронная медкарта пациента, пишет «ошибка сертификата»")
        .build());
    say("registered " + t.number() + " and told the caller its number");
    t = later(3, PETROV, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", "typical request"));
    t = later(1, PETROV, new StartWork(t.id(), t.version()));
    List<SearchHit> hits = kb.suggest(PETROV, t.description(), t.category(), null, 3);
    say("the knowledge base suggests to " + PETROV.id() + ": " + describe(hits));
    t = later(9, PETROV, new LinkKnowledgeArticle(t.id(), t.version(), hits.get(0).articleId()));
    t = later(2, PETROV, new Resolve(t.id(), t.version(),
        "Переустановлен сертификат ЭП на рабочем месте, карта открывается", "certificate"));
    t = later(30, IVANOVA, new RateService(t.id(), t.version(), 5, "Помогли за четверть часа"));
    t = later(10, IVANOVA, new Close(t.id(), t.version(), "works, thank you"));
    say(t.number() + " is " + t.status());
    return t;
  }

  private TicketSnapshot portalRequestHandedToTheSecondLine() {
    step(5, "The clinic's lab writes through the portal: results do not reach the LIS");
    String asked = "С утра результаты с анализатора не приходят в ЛИС, очередь растёт";
    Suggestions offered = kb.offer(ORLOVA, asked, "lis", null, 3);
    say("the portal suggests before registering: " + describe(offered.hits()));
    say("the requester reads the first and registers anyway");
    kb.open(ORLOVA, offered.sessionId(), offered.hits().get(0).articleId());
    TicketSnapshot t = desk.register(ORLOVA, RegisterTicket.builder()
        .afterSuggestions(offered.sessionId())
        .organisation("pol-3", "VLG-2003")
        .requester("Орлова Мария Сергеевна")
        .contact(ContactKind.EMAIL, "lab@pol3.example")
        .channel(Channel.PORTAL)
        .category("lis")
        .subject("Результаты анализов не выгружаются в ЛИС")
        .description(asked)
        .build());
    say("registered " + t.number());
    t = later(6, SMIRNOVA, new Assign(t.id(), t.version(), "lis-l1", null, "smirnova", null));
    t = later(2, SMIRNOVA, new StartWork(t.id(), t.version()));
    t = later(4, SMIRNOVA, new RequestInformation(t.id(), t.version(), "Какой анализатор и с какого времени?"));
    say(t.number() + " waits for the customer: " + t.status());
    t = later(95, ORLOVA, new RecordCustomerReply(t.id(), t.version(), "Биохимический анализатор, с 07:50"));
    t = later(20, SMIRNOVA, new Resolve(t.id(), t.version(), "Перезапущен драйвер обмена с анализатором",
        "interface"));
    t = later(30, ORLOVA, new Reopen(t.id(), t.version(), "Через полчаса снова перестало"));
    say(t.number() + " reopened (" + t.reopenCount() + " time)");
    t = later(5, HEAD, new ChangeUrgency(t.id(), t.version(), Urgency.EMERGENCY, "discharges of the whole hospital wait on the lab"));
    t = later(1, HEAD, new Assign(t.id(), t.version(), "lis-l2", SupportLine.L2, "kozlov", "needs the LIS engineers"));
    t = later(1, HEAD, new AddWatcher(t.id(), t.version(), "head-of-service"));
    t = later(35, KOZLOV, new AddComment(t.id(), t.version(), "Обмен падает на кириллице в ФИО, ждём патч", true));
    t = later(50, KOZLOV, new Resolve(t.id(), t.version(), "Исправлена кодировка обмена, результаты выгружены",
        "interface"));
    t = later(60, Actor.SYSTEM, new Close(t.id(), t.version(), "confirmed by the lab"));
    say(t.number() + " is " + t.status() + " on line " + t.line());
    return t;
  }

  private void questionTheBaseAnswered() {
    step(4, "A receptionist asks on the portal why a patient got no SMS about the booking");
    Suggestions offered = kb.offer(IVANOVA, "пациенту не пришла смс о записи к врачу", "appointments", null, 3);
    say("the portal suggests: " + describe(offered.hits()));
    kb.open(IVANOVA, offered.sessionId(), offered.hits().get(0).articleId());
    kb.helped(IVANOVA, offered.sessionId(), offered.hits().get(0).articleId());
    say("she opens the first, says it helped and registers nothing");
  }

  /** Each hit as its id and the words it matched. */
  private static String describe(List<SearchHit> hits) {
    return hits.isEmpty() ? "nothing" : String.join(", ", hits.stream()
        .map(h -> h.articleId() + " (" + String.join(", ", h.matched()) + ")").toList());
  }

  private TicketSnapshot requestOutsideCompetence() {
    step(3, "A caller asks to repair a printer at home");
    TicketSnapshot t = desk.register(PETROV, RegisterTicket.builder()
        .type(TicketType.CONSULTATION)
        .organisation("onko", "VLG-3001")
        .requester("Сидоров Пётр Ильич")
        .contact(ContactKind.PHONE, "+7 8442 00-30-01")
        .channel(Channel.PHONE)
        .category("emr")
        .description("Не печатает домашний принтер")
        .build());
    t = later(2, PETROV, new Reject(t.id(), t.version(), RefusalReason.OUT_OF_COMPETENCE,
        "home equipment is outside the centre's competence"));
    say(t.number() + " is " + t.status() + ": " + t.refusalReason());
    return t;
  }

  private void refusedRegistrations() {
    step(4, "A caller gives a support code of another organisation and no name");
    try {
      desk.register(PETROV, RegisterTicket.builder()
          .organisation("gkb-25", "VLG-2003")
          .requester(" ")
          .category("radiology")
          .description("Не грузятся снимки КТ")
          .build());
    } catch (ValidationException e) {
      say("refused, nothing registered:");
      say("  " + e.describe(Locale.ENGLISH));
    }
  }

  private void concurrentEdit(TicketSnapshot closed) {
    step(5, "Two agents edit the same ticket from stale screens");
    TicketSnapshot t = desk.register(IVANOVA, RegisterTicket.builder()
        .organisation("gkb-25", "VLG-1025")
        .requester("Иванова Анна Петровна")
        .channel(Channel.PORTAL)
        .category("pacs")
        .description("Не загружаются снимки КТ в просмотрщик")
        .build());
    TicketSnapshot seenByBoth = t;
    later(1, PETROV, new Assign(t.id(), seenByBoth.version(), "emr-l1", null, "petrov", null));
    try {
      later(0, HEAD, new Assign(t.id(), seenByBoth.version(), "emr-l1", null, "head-of-service", null));
    } catch (DeskException e) {
      say("second edit refused with " + e.code() + ": " + e.getMessage());
    }
    say("earlier ticket " + closed.number() + " stays " + desk.ticket(HEAD, closed.id()).status());
  }

  private String status(TicketSnapshot t, SlaClockKind kind) {
    return desk.clock(HEAD, t.id(), kind).map(c -> c.status().toString()).orElse("-");
  }

  /**
   * The supervisor's report of the simulated day as one HTML file with charts: read from the
   * journal by a report model that follows it, as a host's runner would.
   */
  public String htmlReport() {
    ReportModel model = new ReportModel(desk.lifecycle());
    JournalFollower follower = desk.follow(model, 0);
    while (follower.poll() > 0) {
      // every page of the journal so far
    }
    Instant dayStart = clock.instant().atZone(MOSCOW).toLocalDate().atStartOfDay(MOSCOW).toInstant();
    Reports reports = new Reports(model, MOSCOW, Calendars.builtIn(Calendars.RU_CONTACT_CENTRE).orElseThrow(), clock);
    return HtmlReport.of(reports, HEAD, MOSCOW, "Regional contact centre: the day of "
        + dayStart.atZone(MOSCOW).toLocalDate()).render(dayStart, dayStart.plus(Duration.ofDays(1)));
  }

  private TicketSnapshot later(int minutes, Actor actor, TicketCommand command) {
    clock.advance(Duration.ofMinutes(minutes));
    return desk.execute(actor, command);
  }

  private void step(int minutesLater, String text) {
    clock.advance(Duration.ofMinutes(minutesLater));
    out.println("-- " + clock.instant().atZone(MOSCOW).toLocalTime() + " " + text);
  }

  private void say(String text) {
    out.println("   " + text);
  }
}
