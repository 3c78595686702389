package dev.desk.spi.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one ticket after its last journal event: the fold of its journal. Immutable;
 * {@link #toBuilder()} makes a changed copy.
 *
 * <p>Components documented as optional are {@code null} when absent.
 *
 * @param id identity
 * @param number human-friendly unique number, told to the requester ({@code VLG-2026-000123})
 * @param type incident, consultation, suggestion, work request or claim
 * @param organisationId the requester's organisation
 * @param supportCode the organisation's support code the requester gave
 * @param requester who asked
 * @param channel where the request came in
 * @param category the area of competence
 * @param urgency the urgency class
 * @param subject a short summary
 * @param description the problem in the requester's words
 * @param stepsToReproduce optional steps to reproduce
 * @param attachments references to attached files
 * @param group optional: the group responsible now
 * @param line the support line responsible now
 * @param assignee optional: the agent responsible now
 * @param status the lifecycle state
 * @param refusalReason optional: why the ticket was rejected
 * @param resolution optional: the answer given when resolved
 * @param knowledgeArticles ids of linked knowledge-base articles
 * @param watchers ids of people who follow the ticket
 * @param serviceContract optional: the service contract (warranty, paid, prepaid) it falls under
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 * @param resolvedAt optional: when it was last resolved; cleared by a reopen
 * @param reopenCount how many times it was reopened
 * @param clocks its SLA clocks, at most one per kind
 * @param escalations the escalation rule levels that fired in the ticket's cycles
 * @param escalationDueAt when an escalation rule next needs a look; {@code null} when none does
 * @param nextDueAt the earliest of its clocks' {@link SlaClock#nextDue()} and {@code
 *     escalationDueAt}; {@code null} when nothing is due
 * @param version the number of journal events so far; 1 after registration
 */
public record TicketSnapshot(
    TicketId id,
    String number,
    TicketType type,
    String organisationId,
    String supportCode,
    Requester requester,
    Channel channel,
    String category,
    Urgency urgency,
    String subject,
    String description,
    String stepsToReproduce,
    List<AttachmentRef> attachments,
    String group,
    SupportLine line,
    String assignee,
    String status,
    RefusalReason refusalReason,
    String resolution,
    List<String> knowledgeArticles,
    List<String> watchers,
    String serviceContract,
    Instant createdAt,
    Instant updatedAt,
    Instant resolvedAt,
    int reopenCount,
    List<SlaClock> clocks,
    List<EscalationMark> escalations,
    Instant escalationDueAt,
    Instant nextDueAt,
    long version) {

  /** Checks the required components and copies the lists. */
  public TicketSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(supportCode, "supportCode");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    attachments = List.copyOf(attachments);
    knowledgeArticles = List.copyOf(knowledgeArticles);
    watchers = List.copyOf(watchers);
    clocks = List.copyOf(clocks);
    escalations = escalations == null ? List.of() : List.copyOf(escalations); // rows written before escalation
    if (version < 1) {
      throw new IllegalArgumentException("a stored ticket has version 1 or more: " + version);
    }
    if (reopenCount < 0) {
      throw new IllegalArgumentException("reopenCount must not be negative: " + reopenCount);
    }
  }

  /** The clock of a kind, if the ticket has one. */
  public Optional<SlaClock> clock(SlaClockKind kind) {
    return clocks.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** A builder holding this snapshot's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder with no values set; {@link Builder#build()} checks the required ones. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable, not thread-safe builder of snapshots. */
  public static final class Builder {
    private TicketId id;
    private String number;
    private TicketType type;
    private String organisationId;
    private String supportCode;
    private Requester requester;
    private Channel channel;
    private String category;
    private Urgency urgency;
    private String subject;
    private String description;
    private String stepsToReproduce;
    private List<AttachmentRef> attachments = List.of();
    private String group;
    private SupportLine line = SupportLine.L1;
    private String assignee;
    private String status;
    private RefusalReason refusalReason;
    private String resolution;
    private List<String> knowledgeArticles = List.of();
    private List<String> watchers = List.of();
    private String serviceContract;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant resolvedAt;
    private int reopenCount;
    private List<SlaClock> clocks = List.of();
    private List<EscalationMark> escalations = List.of();
    private Instant escalationDueAt;
    private Instant nextDueAt;
    private long version;

    private Builder() {}

    private Builder(TicketSnapshot s) {
      id = s.id;
      number = s.number;
      type = s.type;
      organisationId = s.organisationId;
      supportCode = s.supportCode;
      requester = s.requester;
      channel = s.channel;
      category = s.category;
      urgency = s.urgency;
      subject = s.subject;
      description = s.description;
      stepsToReproduce = s.stepsToReproduce;
      attachments = s.attachments;
      group = s.group;
      line = s.line;
      assignee = s.assignee;
      status = s.status;
      refusalReason = s.refusalReason;
      resolution = s.resolution;
      knowledgeArticles = s.knowledgeArticles;
      watchers = s.watchers;
      serviceContract = s.serviceContract;
      createdAt = s.createdAt;
      updatedAt = s.updatedAt;
      resolvedAt = s.resolvedAt;
      reopenCount = s.reopenCount;
      clocks = s.clocks;
      escalations = s.escalations;
      escalationDueAt = s.escalationDueAt;
      nextDueAt = s.nextDueAt;
      version = s.version;
    }

    /** Sets {@link TicketSnapshot#id()}. */
    public Builder id(TicketId value) { id = value; return this; }
    /** Sets {@link TicketSnapshot#number()}. */
    public Builder number(String value) { number = value; return this; }
    /** Sets {@link TicketSnapshot#type()}. */
    public Builder type(TicketType value) { type = value; return this; }
    /** Sets {@link TicketSnapshot#organisationId()}. */
    public Builder organisationId(String value) { organisationId = value; return this; }
    /** Sets {@link TicketSnapshot#supportCode()}. */
    public Builder supportCode(String value) { supportCode = value; return this; }
    /** Sets {@link TicketSnapshot#requester()}. */
    public Builder requester(Requester value) { requester = value; return this; }
    /** Sets {@link TicketSnapshot#channel()}. */
    public Builder channel(Channel value) { channel = value; return this; }
    /** Sets {@link TicketSnapshot#category()}. */
    public Builder category(String value) { category = value; return this; }
    /** Sets {@link TicketSnapshot#urgency()}. */
    public Builder urgency(Urgency value) { urgency = value; return this; }
    /** Sets {@link TicketSnapshot#subject()}. */
    public Builder subject(String value) { subject = value; return this; }
    /** Sets {@link TicketSnapshot#description()}. */
    public Builder description(String value) { description = value; return this; }
    /** Sets {@link TicketSnapshot#stepsToReproduce()}. */
    public Builder stepsToReproduce(String value) { stepsToReproduce = value; return this; }
    /** Sets {@link TicketSnapshot#attachments()}. */
    public Builder attachments(List<AttachmentRef> value) { attachments = value; return this; }
    /** Sets {@link TicketSnapshot#group()}. */
    public Builder group(String value) { group = value; return this; }
    /** Sets {@link TicketSnapshot#line()}. */
    public Builder line(SupportLine value) { line = value; return this; }
    /** Sets {@link TicketSnapshot#assignee()}. */
    public Builder assignee(String value) { assignee = value; return this; }
    /** Sets {@link TicketSnapshot#status()}. */
    public Builder status(String value) { status = value; return this; }
    /** Sets {@link TicketSnapshot#refusalReason()}. */
    public Builder refusalReason(RefusalReason value) { refusalReason = value; return this; }
    /** Sets {@link TicketSnapshot#resolution()}. */
    public Builder resolution(String value) { resolution = value; return this; }
    /** Sets {@link TicketSnapshot#knowledgeArticles()}. */
    public Builder knowledgeArticles(List<String> value) { knowledgeArticles = value; return this; }
    /** Sets {@link TicketSnapshot#watchers()}. */
    public Builder watchers(List<String> value) { watchers = value; return this; }
    /** Sets {@link TicketSnapshot#serviceContract()}. */
    public Builder serviceContract(String value) { serviceContract = value; return this; }
    /** Sets {@link TicketSnapshot#createdAt()}. */
    public Builder createdAt(Instant value) { createdAt = value; return this; }
    /** Sets {@link TicketSnapshot#updatedAt()}. */
    public Builder updatedAt(Instant value) { updatedAt = value; return this; }
    /** Sets {@link TicketSnapshot#resolvedAt()}. */
    public Builder resolvedAt(Instant value) { resolvedAt = value; return this; }
    /** Sets {@link TicketSnapshot#reopenCount()}. */
    public Builder reopenCount(int value) { reopenCount = value; return this; }
    /** Sets {@link TicketSnapshot#clocks()}. */
    public Builder clocks(List<SlaClock> value) { clocks = value; return this; }
    /** Sets {@link TicketSnapshot#escalations()}. */
    public Builder escalations(List<EscalationMark> value) { escalations = value; return this; }
    /** Sets {@link TicketSnapshot#escalationDueAt()}. */
    public Builder escalationDueAt(Instant value) { escalationDueAt = value; return this; }
    /** Sets {@link TicketSnapshot#nextDueAt()}. */
    public Builder nextDueAt(Instant value) { nextDueAt = value; return this; }
    /** Sets {@link TicketSnapshot#version()}. */
    public Builder version(long value) { version = value; return this; }

    /** The snapshot; throws if a required value is missing. */
    public TicketSnapshot build() {
      return new TicketSnapshot(id, number, type, organisationId, supportCode, requester, channel,
          category, urgency, subject, description, stepsToReproduce, attachments, group, line,
          assignee, status, refusalReason, resolution, knowledgeArticles, watchers,
          serviceContract, createdAt, updatedAt, resolvedAt, reopenCount, clocks, escalations, escalationDueAt,
          nextDueAt, version);
    }
  }
}
