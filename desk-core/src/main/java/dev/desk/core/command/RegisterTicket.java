package dev.desk.core.command;

import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.Contact;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketType;
import dev.desk.spi.ticket.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers a ticket with the facts a caller must give (organisation, full name, support code,
 * the problem) and what else is known. Build one with {@link #builder()}; desk validates it
 * when it runs, so a builder never throws for missing facts.
 *
 * @param type the kind of request
 * @param organisationId the caller's organisation
 * @param supportCode the support code the caller gave; must be that organisation's
 * @param requesterId the caller's id in the host, if known
 * @param fullName the caller's full name
 * @param contacts how to reach the caller
 * @param channel where the request came in
 * @param category the area of competence
 * @param urgency the urgency class; {@code null} takes the category's default
 * @param subject a short summary; {@code null} takes the description's first line
 * @param description the problem in the caller's words
 * @param stepsToReproduce optional steps to reproduce
 * @param attachments files already stored in an attachment store
 * @param serviceContract optional service contract (warranty, paid, prepaid)
 * @param noticesBy the media the caller chose for notices, each needing a contact of that kind;
 *     empty: notices go to the first contact
 * @param suggestionSession the knowledge base's suggestion session the caller saw before
 *     registering anyway, or {@code null}: journaled with the ticket, so deflection is counted
 */
public record RegisterTicket(
    @NotNull TicketType type,
    @NotBlank @Size(max = Limits.ID) String organisationId,
    @NotBlank @Size(max = Limits.ID) String supportCode,
    @Size(max = Limits.ID) String requesterId,
    @NotBlank @Size(max = Limits.NAME) String fullName,
    @NotNull @Size(max = Limits.CONTACTS) List<@NotNull Contact> contacts,
    @NotNull Channel channel,
    @NotBlank @Size(max = Limits.ID) String category,
    Urgency urgency,
    @Size(max = Limits.SUBJECT) String subject,
    @NotBlank @Size(max = Limits.TEXT) String description,
    @Size(max = Limits.TEXT) String stepsToReproduce,
    @NotNull @Size(max = Limits.ATTACHMENTS) List<@NotNull AttachmentRef> attachments,
    @Size(max = Limits.ID) String serviceContract,
    @NotNull @Size(max = Limits.CONTACTS) List<@NotNull ContactKind> noticesBy,
    @Size(max = Limits.ID) String suggestionSession) {

  /** A builder; type defaults to {@code INCIDENT} and channel to {@code PORTAL}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private TicketType type = TicketType.INCIDENT;
    private String organisationId;
    private String supportCode;
    private String requesterId;
    private String fullName;
    private final List<Contact> contacts = new ArrayList<>();
    private Channel channel = Channel.PORTAL;
    private String category;
    private Urgency urgency;
    private String subject;
    private String description;
    private String stepsToReproduce;
    private final List<AttachmentRef> attachments = new ArrayList<>();
    private String serviceContract;
    private final List<ContactKind> noticesBy = new ArrayList<>();
    private String suggestionSession;

    private Builder() {}

    /** The kind of request. */
    public Builder type(TicketType value) { type = value; return this; }
    /** The caller's organisation and the support code they gave. */
    public Builder organisation(String id, String code) { organisationId = id; supportCode = code; return this; }
    /** The caller's full name. */
    public Builder requester(String name) { fullName = name; return this; }
    /** The caller's id in the host. */
    public Builder requesterId(String value) { requesterId = value; return this; }
    /** Adds a way to reach the caller. */
    public Builder contact(ContactKind kind, String value) { contacts.add(new Contact(kind, value)); return this; }
    /** Where the request came in. */
    public Builder channel(Channel value) { channel = value; return this; }
    /** The area of competence. */
    public Builder category(String value) { category = value; return this; }
    /** The urgency class. */
    public Builder urgency(Urgency value) { urgency = value; return this; }
    /** A short summary. */
    public Builder subject(String value) { subject = value; return this; }
    /** The problem. */
    public Builder description(String value) { description = value; return this; }
    /** Steps to reproduce. */
    public Builder stepsToReproduce(String value) { stepsToReproduce = value; return this; }
    /** Adds an attached file. */
    public Builder attachment(AttachmentRef value) { attachments.add(value); return this; }
    /** The service contract. */
    public Builder serviceContract(String value) { serviceContract = value; return this; }
    /** The media the caller wants notices by, in addition to those chosen before. */
    public Builder noticesBy(ContactKind... media) { noticesBy.addAll(List.of(media)); return this; }
    /** The suggestion session the caller saw before registering anyway. */
    public Builder afterSuggestions(String sessionId) { suggestionSession = sessionId; return this; }

    /** The command, unvalidated. */
    public RegisterTicket build() {
      return new RegisterTicket(type, organisationId, supportCode, requesterId, fullName,
          List.copyOf(contacts), channel, category, urgency, subject, description,
          stepsToReproduce, List.copyOf(attachments), serviceContract, List.copyOf(noticesBy),
          suggestionSession);
    }
  }
}
