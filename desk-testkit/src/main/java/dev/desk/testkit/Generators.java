package dev.desk.testkit;

import dev.desk.core.command.AddComment;
import dev.desk.core.command.AddWatcher;
import dev.desk.core.command.Assign;
import dev.desk.core.command.ChangeCategory;
import dev.desk.core.command.ChangeUrgency;
import dev.desk.core.command.Close;
import dev.desk.core.command.LinkKnowledgeArticle;
import dev.desk.core.command.PerformAction;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.Reject;
import dev.desk.core.command.Reopen;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.Resolve;
import dev.desk.core.command.StartWork;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.lifecycle.Action;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Transition;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.RefusalReason;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators over the {@link Fixtures} contact centre. They are plain functions
 * of a randomness source, so a team using another property-testing library can wrap them.
 */
public final class Generators {

  private static final List<String> WORDS = List.of(
      "не", "работает", "принтер", "карта", "пациента", "ошибка", "срочно", "отопление", "нет",
      "горячей", "воды", "котёл", "давление", "the", "printer", "is", "down", "cannot", "login",
      "error", "urgent", "please", "help", "EMR", "500", "!!!", "в", "отделении");
  private static final List<String> PEOPLE = List.of(
      "Иванова Анна Петровна", "Сидоров Пётр Ильич", "John Smith", "Мария Кузнецова-Ли", "O'Brien Sean");

  private Generators() {}

  /** Short realistic texts of Russian and English words. */
  public static Gen<String> texts() {
    return SourceDSL.lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 12).map(words -> String.join(" ", words));
  }

  /** Actors of every role, inside and outside the fixture's organisations and groups. */
  public static Gen<Actor> actors() {
    return Generate.frequency(List.of(
        Pair.of(4, Generate.pick(List.of(Fixtures.EMR_AGENT, Fixtures.EMR_AGENT_2))),
        Pair.of(1, Generate.constant(Fixtures.HEAT_AGENT)),
        Pair.of(2, Generate.constant(Fixtures.HOSPITAL_REQUESTER)),
        Pair.of(1, Generate.constant(Fixtures.BOILER_REQUESTER)),
        Pair.of(2, Generate.constant(Fixtures.SUPERVISOR)),
        Pair.of(1, Generate.constant(Fixtures.SYSTEM))));
  }

  /** Valid registrations of EMR tickets at the hospital, with random type, channel, urgency and text. */
  public static Gen<RegisterTicket> registrations() {
    Gen<Urgency> urgency = Generate.enumValues(Urgency.class).mix(Generate.constant((Urgency) null), 20);
    return Generate.enumValues(TicketType.class).zip(Generate.enumValues(Channel.class), urgency,
        Generate.pick(PEOPLE), texts(),
        (type, channel, u, person, text) -> Fixtures.hospitalTicket()
            .type(type).channel(channel).urgency(u).requester(person).description(text)
            .contact(ContactKind.EMAIL, "requester@example.org").build());
  }

  /**
   * Steps that exercise every command of the lifecycle: built-in commands, every action of the
   * lifecycle through {@link PerformAction}, an unknown action, and now and then a stale version
   * or a missing required field. Mostly by staff of the ticket's group, so scenarios get deep.
   */
  public static Gen<CommandStep> steps(Lifecycle lifecycle) {
    List<String> actions = new ArrayList<>(lifecycle.transitions().stream()
        .map(Transition::action).map(a -> a.name()).distinct().toList());
    actions.add("NOT_AN_ACTION");
    Gen<Integer> versionSkew = Generate.frequency(List.of(
        Pair.of(12, Generate.constant(0)),
        Pair.of(1, Generate.constant(-1)),
        Pair.of(1, Generate.constant(1))));
    Gen<String> maybeBlank = texts().mix(Generate.pick(List.of("", "   ")), 15);
    Gen<Step> step = Generate.oneOf(
        Generate.pick(List.of("emr-l1", "heat-l1")).zip(Generate.pick(List.of("petrov", "smirnova", "kuznetsov")),
            (group, agent) -> step("assign to " + agent + " in " + group,
                (t, v) -> new Assign(t.id(), v, group, null, agent, null))),
        Generate.constant(step("start work", (t, v) -> new StartWork(t.id(), v))),
        texts().map(q -> step("request information", (t, v) -> new RequestInformation(t.id(), v, q))),
        texts().map(a -> step("customer replied", (t, v) -> new RecordCustomerReply(t.id(), v, a))),
        maybeBlank.map(r -> step("resolve: '" + r + "'", (t, v) -> new Resolve(t.id(), v, r))),
        Generate.constant(step("close", (t, v) -> new Close(t.id(), v, null))),
        maybeBlank.map(r -> step("reopen: '" + r + "'", (t, v) -> new Reopen(t.id(), v, r))),
        Generate.enumValues(RefusalReason.class).mix(Generate.constant((RefusalReason) null), 20)
            .map(r -> step("reject " + r, (t, v) -> new Reject(t.id(), v, r, null))),
        texts().zip(Generate.booleans(), (c, internal) -> step((internal ? "internal " : "") + "comment",
            (t, v) -> new AddComment(t.id(), v, c, internal))),
        Generate.pick(List.of("emr", "heating", "no-such-category")).map(c -> step("category " + c,
            (t, v) -> new ChangeCategory(t.id(), v, c, "re-classified"))),
        Generate.enumValues(Urgency.class).map(u -> step("urgency " + u,
            (t, v) -> new ChangeUrgency(t.id(), v, u, "agent's judgement"))),
        Generate.pick(List.of("KB-1", "KB-2", "KB-3")).map(a -> step("link " + a,
            (t, v) -> new LinkKnowledgeArticle(t.id(), v, a))),
        Generate.pick(List.of("head", "petrov")).map(w -> step("watch " + w, (t, v) -> new AddWatcher(t.id(), v, w))),
        Generate.pick(actions).zip(maybeBlank, (a, r) -> step("action " + a + ": '" + r + "'",
            (t, v) -> new PerformAction(t.id(), v, a, r))));
    Gen<CommandStep> random = actors().zip(step, versionSkew, (actor, st, skew) -> new CommandStep(
        actor.role() + " " + actor.id() + ": " + st.label + skew(skew),
        t -> new CommandStep.Attempt(actor, st.make.apply(t, t.version() + skew))));
    return random.mix(walks(lifecycle), 50);
  }

  /**
   * Steps that walk the lifecycle's graph: an action allowed from the ticket's current state,
   * by an actor in a role the transition allows, mostly with the fields it requires.
   */
  public static Gen<CommandStep> walks(Lifecycle lifecycle) {
    Gen<Integer> choice = Generate.range(0, 1_000);
    Gen<String> text = texts().mix(Generate.constant(" "), 10);
    return choice.zip(choice, text, Generate.enumValues(RefusalReason.class), (i, j, words, refusal) ->
        new CommandStep("walk #" + i + "/" + j + " '" + words + "'", t -> {
          List<Action> allowed = lifecycle.actionsFrom(t.status()).stream()
              .sorted(Comparator.comparing(Action::name)).toList();
          if (allowed.isEmpty()) {
            return new CommandStep.Attempt(Fixtures.SUPERVISOR, new AddComment(t.id(), t.version(), words, true));
          }
          Transition transition = lifecycle.transition(t.status(), allowed.get(i % allowed.size())).orElseThrow();
          List<ActorRole> roles = transition.roles().stream().sorted().toList();
          Actor actor = actorFor(roles.get(j % roles.size()), t, j);
          return new CommandStep.Attempt(actor, commandFor(transition.action(), t, words, refusal, j));
        }));
  }

  private static Actor actorFor(ActorRole role, TicketSnapshot t, int j) {
    return switch (role) {
      case REQUESTER -> Actor.requester(j % 2 == 0 ? "ivanova" : "sidorov", t.organisationId());
      case AGENT -> Actor.agent(j % 2 == 0 ? "petrov" : "smirnova", t.group() == null ? "emr-l1" : t.group());
      case SUPERVISOR -> Fixtures.SUPERVISOR;
      case SYSTEM -> Fixtures.SYSTEM;
    };
  }

  private static TicketCommand commandFor(Action action, TicketSnapshot t, String text, RefusalReason refusal, int j) {
    long v = t.version();
    String agent = j % 2 == 0 ? "petrov" : "smirnova";
    return switch (action.name()) {
      case "ASSIGN" -> new Assign(t.id(), v, t.group() == null ? "emr-l1" : t.group(), null, agent, null);
      case "START_WORK" -> new StartWork(t.id(), v);
      case "REQUEST_INFORMATION" -> new RequestInformation(t.id(), v, text);
      case "CUSTOMER_REPLIED" -> new RecordCustomerReply(t.id(), v, text);
      case "RESOLVE" -> new Resolve(t.id(), v, text);
      case "CLOSE" -> new Close(t.id(), v, text);
      case "REOPEN" -> new Reopen(t.id(), v, text);
      case "REJECT" -> new Reject(t.id(), v, refusal, text);
      default -> new PerformAction(t.id(), v, action.name(), text);
    };
  }

  private static String skew(int skew) {
    return skew == 0 ? "" : " (version " + (skew > 0 ? "+" : "") + skew + ")";
  }

  private static Step step(String label, BiFunction<TicketSnapshot, Long, TicketCommand> make) {
    return new Step(label, make);
  }

  /** A command made from the ticket and the version the step chooses to name. */
  private record Step(String label, BiFunction<TicketSnapshot, Long, TicketCommand> make) {}
}
