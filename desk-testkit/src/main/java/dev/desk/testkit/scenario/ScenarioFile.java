package dev.desk.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.desk.spi.ticket.ActorRole;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.SupportLine;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The shape of a scenario file; see {@link Scenario} for the format. Fields are public so that
 * Jackson reads them in document order and keeps their lines for errors.
 */
final class ScenarioFile {

  public OffsetDateTime start;
  public String zone;
  public String workingCalendar = "ru-contact-centre";
  public List<JsonNode> calendars = List.of();
  public List<Policy> policies = List.of();
  public List<Organisation> organisations = List.of();
  public List<Category> categories = List.of();
  public JsonNode staff;
  public JsonNode escalation;
  public List<Step> steps = List.of();

  static final class Policy {
    public String id;
    public TicketType type;
    public String category;
    public Urgency urgency;
    public String serviceContract;
    public List<Target> targets = List.of();
  }

  static final class Target {
    public SlaClockKind kind;
    public Duration duration;
    public String calendar;
    /** Rungs of the warning ladder: a percentage of the target (50), or working time before the deadline ("PT10M before"). */
    public List<JsonNode> warnings = List.of(IntNode.valueOf(50), IntNode.valueOf(80));
  }

  static final class Organisation {
    public String id;
    public String name;
    public String supportCode;
    public String profile = "";
  }

  static final class Category {
    public String id;
    public String name;
    public String firstLineGroup;
    public Urgency defaultUrgency = Urgency.PLANNED;
  }

  static final class Actor {
    public ActorRole role = ActorRole.SUPERVISOR;
    public String id = "scenario";
    public String organisation;
    public List<String> groups = List.of();
  }

  static final class Step {
    public OffsetDateTime at;
    public Duration advance;
    public Duration advanceWorking;
    public boolean sweep;
    public Registration register;
    public Command assign;
    public Command lowerLine;
    public Command startWork;
    public Command requestInformation;
    public Command reply;
    public Command resolve;
    public Command close;
    public Command reopen;
    public Command comment;
    public Command changeUrgency;
    public Actor by;
    public String note;
  }

  static final class Registration {
    public String ref;
    public String organisation;
    public String category;
    public Urgency urgency;
    public Channel channel = Channel.PORTAL;
    public String requester = "Requester";
    public String subject;
    public String text;
    public String serviceContract;
  }

  static final class Command {
    public String ticket;
    public String group;
    public String agent;
    public SupportLine line;
    public String text;
    public boolean internal;
    public Urgency urgency;
    public String reason;
  }
}
