package dev.desk.core.channel;

import dev.desk.core.Desk;
import dev.desk.core.attachment.AttachmentPolicy;
import dev.desk.core.command.AddComment;
import dev.desk.core.command.AttachFiles;
import dev.desk.core.command.RecordCustomerReply;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.TicketCommand;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.core.lifecycle.Action;
import dev.desk.core.plugin.PluginCall;
import dev.desk.core.plugin.PluginHealth;
import dev.desk.core.quality.RateService;
import dev.desk.spi.channel.InboundAttachment;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.channel.InboundMessage;
import dev.desk.spi.channel.MessageSink;
import dev.desk.spi.channel.Receipt;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.StaleVersionException;
import dev.desk.spi.error.ValidationException;
import dev.desk.spi.error.Violation;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.TicketId;
import dev.desk.spi.ticket.TicketSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where channels deliver. For each message, in order:
 *
 * <ol>
 *   <li>a message id seen before is a duplicate: dropped and counted;
 *   <li>the sender is resolved: a known address, the contact a ticket's requester gave when the
 *       message answers that ticket, or a support code and a full name in the text
 *       ("код поддержки VLG-0001", "ФИО: ...", "support code", "Name:", in any order, on lines of
 *       their own or in one line of an SMS); without them the message
 *       is refused and the reply says which facts the contact-centre rules still need, and no
 *       ticket is made;
 *   <li>a reply ({@code inReplyTo} a message of a ticket, or its number in the subject) from
 *       that ticket's requester (a contact they gave, or the address of the same known person),
 *       a watcher or its assignee becomes the customer's reply when the ticket waits for one
 *       (its clocks resume), else a public comment; from anyone else, who merely knows a number,
 *       it never touches that ticket and is a request of its own;
 *   <li>anything else registers a ticket; attachments are judged by content, the accepted ones
 *       stored, the refused ones named in the journal and the receipt, and never stop the ticket.
 * </ol>
 *
 * <p>The message id is journaled with the ticket in one commit, so a message is taken once
 * however often a channel delivers it, on any node. Thread-safe.
 */
public final class Inbox implements MessageSink {

  /**
   * A reply that is a mark from 1 to 5 and perhaps a comment after punctuation ("5", "4, спасибо",
   * "5/5", "3 из 5. долго"): not "5 принтеров", which is a sentence.
   */
  private static final Pattern MARK = Pattern.compile(
      "\\s*([1-5])\\s*(?:(?:/\\s*5|из\\s*5|of\\s*5)\\s*)?(?:[.,:;!)\\-\u2013\u2014]+\\s*(.*?))?\\s*",
      Pattern.DOTALL | Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
  private static final Pattern SUPPORT_CODE = Pattern.compile(
      "(?iu)(?:код\\s+поддержки|support\\s+code)\\s*[:№#]?\\s*([\\p{L}\\d][\\p{L}\\d-]*)");
  private static final Pattern FULL_NAME = Pattern.compile("(?imu)^\\s*(?:ФИО|Name|Full name)\\s*[:\\-]\\s*(.+?)\\s*$");
  /**
   * A name anywhere in a line, as a one-line SMS puts it ("... ФИО: Иванова Анна Петровна, код
   * поддержки ..."): up to four capitalised words after the label, on that line.
   */
  private static final Pattern NAME_IN_LINE = Pattern.compile(
      "(?:(?iu:ФИО|Full name|Name))[ \\t]*[:\\-][ \\t]*(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3})");
  private static final Pattern TICKET_NUMBER = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)+");

  private final Desk desk;
  private final Directory directory;
  private final Function<String, Optional<Sender>> senders;
  private final String category;
  private final Channel medium;
  private final AttachmentPolicy policy;
  private final AttachmentStore attachments;
  private final String locale;
  private final AtomicLong duplicates = new AtomicLong();
  private final Map<String, PluginHealth.Counters> channelHealth = new ConcurrentHashMap<>();

  private Inbox(Builder b) {
    desk = b.desk;
    directory = b.directory;
    senders = b.senders;
    category = b.category;
    medium = b.medium;
    policy = b.policy;
    attachments = b.attachments;
    locale = b.locale;
  }

  /** A builder for an inbox in front of this desk and its directory. */
  public static Builder builder(Desk desk, Directory directory) {
    return new Builder(desk, directory);
  }

  /** How many duplicate messages were dropped. */
  public long duplicates() {
    return duplicates.get();
  }

  /**
   * Polls a channel once, takes every message and acknowledges each; how many it took. A channel
   * that throws or runs over its budget is counted in {@link #health()} and tried again at the
   * next poll; a message taken but not acknowledged comes again and is dropped as a duplicate.
   */
  public int poll(InboundChannel channel) {
    PluginHealth.Counters health = channelHealth.computeIfAbsent(channel.name(), PluginHealth.Counters::new);
    List<InboundMessage> messages = withinBudget(channel, health, "poll", channel::poll);
    int taken = 0;
    for (InboundMessage message : messages == null ? List.<InboundMessage>of() : messages) {
      Receipt receipt = accept(message);
      withinBudget(channel, health, "acknowledge", () -> {
        channel.acknowledge(message, receipt);
        return Boolean.TRUE;
      });
      taken++;
    }
    return taken;
  }

  /** Calls, failures and time-outs of every channel polled. */
  public List<PluginHealth> health() {
    return channelHealth.values().stream().map(PluginHealth.Counters::health).toList();
  }

  private <T> T withinBudget(InboundChannel channel, PluginHealth.Counters health, String what, Callable<T> call) {
    PluginCall<T> result = PluginCall.within(desk.executor(), channel.timeBudget(), channel.name() + " " + what, health, call);
    if (!result.succeeded()) {
      LOG.warn("Channel {} could not {} this time; it is tried again at the next poll", channel.name(), what);
    }
    return result.value();
  }

  @Override
  public Receipt accept(InboundMessage m) {
    Objects.requireNonNull(m, "message");
    Optional<TicketId> seen = desk.ticketOfMessage(m.channel(), m.messageId());
    if (seen.isPresent()) {
      return duplicate(m, seen.get());
    }
    Optional<TicketSnapshot> replyTo = replyTo(m);
    Optional<Sender> sender = senders.apply(m.from()).or(() -> replyTo.flatMap(t -> requesterWriting(t, m.from())));
    String code = sender.flatMap(s -> directory.organisation(s.organisationId())).map(Organisation::supportCode)
        .orElse(null);
    if (sender.isEmpty()) {
      String text = (m.subject() == null ? "" : m.subject() + "\n") + m.text();
      Matcher c = SUPPORT_CODE.matcher(text);
      Matcher n = NAME_IN_LINE.matcher(text);
      boolean named = n.find();
      if (!named) { // a name in lower case on a line of its own still reads
        n = FULL_NAME.matcher(text);
        named = n.find();
      }
      Optional<Organisation> org = c.find() ? directory.organisationBySupportCode(c.group(1)) : Optional.empty();
      List<String> missing = new ArrayList<>();
      if (org.isEmpty()) {
        missing.add(locale.equals("ru") ? "организация и её код поддержки" : "your organisation's support code");
      }
      if (!named) {
        missing.add(locale.equals("ru") ? "фамилия, имя и отчество" : "your full name");
      }
      if (!missing.isEmpty()) {
        return refused(m, missing);
      }
      sender = Optional.of(new Sender(null, n.group(1), org.get().id()));
      code = org.get().supportCode();
    }
    if (m.text().isBlank()) {
      return refused(m, List.of(locale.equals("ru") ? "описание проблемы" : "a description of the problem"));
    }
    Actor actor = Actor.requester(sender.get().requesterId() == null ? m.from() : sender.get().requesterId(),
        sender.get().organisationId());
    Sender writer = sender.get();
    Optional<TicketSnapshot> thread = replyTo.filter(t -> mayThread(t, writer, m.from()));
    List<AttachmentRef> stored = new ArrayList<>();
    List<String> refusedFiles = new ArrayList<>();
    // a reply's files are stored for its ticket; a new request's are the sender's until it is registered
    judge(m.attachments(), thread.map(t -> FileOrigin.forTicket(actor.id(), t.id()))
        .orElse(FileOrigin.storedBy(actor.id())), stored, refusedFiles);
    TicketChange.MessageReceived via = new TicketChange.MessageReceived(m.channel(), m.messageId(), m.from(),
        refusedFiles);
    try {
      if (thread.isPresent()) {
        TicketSnapshot t = thread.get();
        // a mark for a resolved ticket's answer is the survey's; an answer to a question moves the ticket on
        // (and its clocks resume); anything else is a comment
        Matcher mark = MARK.matcher(m.text());
        TicketCommand command = t.resolution() != null && stored.isEmpty() && mark.matches()
            ? new RateService(t.id(), t.version(), Integer.parseInt(mark.group(1)), StringUtils.trimToNull(mark.group(2)))
            : desk.lifecycle().actionsFrom(t.status()).contains(Action.CUSTOMER_REPLIED)
            ? new RecordCustomerReply(t.id(), t.version(), m.text(), stored)
            : stored.isEmpty() ? new AddComment(t.id(), t.version(), m.text(), false)
            : new AttachFiles(t.id(), t.version(), stored, m.text());
        t = desk.execute(actor, command, via);
        return new Receipt(Receipt.Outcome.COMMENTED, t.number(), List.of(), refusedFiles, null);
      }
      RegisterTicket.Builder r = RegisterTicket.builder().organisation(sender.get().organisationId(), code)
          .requester(sender.get().fullName()).requesterId(sender.get().requesterId()).channel(medium)
          .category(category).subject(m.subject()).description(m.text())
          .contact(m.from().contains("@") ? ContactKind.EMAIL : medium == Channel.SMS ? ContactKind.SMS
              : ContactKind.PHONE, m.from());
      stored.forEach(r::attachment);
      TicketSnapshot t = desk.register(actor, r.build(), via);
      return new Receipt(Receipt.Outcome.REGISTERED, t.number(), List.of(), refusedFiles, registeredReply(t,
          refusedFiles));
    } catch (StaleVersionException e) {
      // another node took the same message meanwhile, or the ticket moved on: a duplicate, or try again
      forget(stored);
      Optional<TicketId> now = desk.ticketOfMessage(m.channel(), m.messageId());
      if (now.isPresent()) {
        return duplicate(m, now.get());
      }
      throw e;
    } catch (ValidationException e) {
      forget(stored);
      return refused(m, e.violations().stream().map(Violation::toString).toList());
    } catch (RuntimeException e) {
      forget(stored); // nothing was committed: the files it stored belong to nothing
      throw e;
    }
  }

  /** Removes files stored for a message that no ticket took, so a refusal leaves nothing behind. */
  private void forget(List<AttachmentRef> stored) {
    for (AttachmentRef ref : stored) {
      try {
        attachments.remove(ref.id());
      } catch (RuntimeException e) {
        LOG.warn("A file stored for a refused message could not be removed (id {}): {}", ref.id(),
            e.getClass().getSimpleName());
      }
    }
  }

  private Receipt duplicate(InboundMessage m, TicketId ticket) {
    duplicates.incrementAndGet();
    LOG.info("Dropped duplicate message {} of channel {}", m.messageId(), m.channel());
    return new Receipt(Receipt.Outcome.DUPLICATE, desk.ticket(Actor.SYSTEM, ticket).number(), List.of(), List.of(), null);
  }

  private Receipt refused(InboundMessage m, List<String> missing) {
    LOG.info("Refused message {} of channel {}: facts missing", m.messageId(), m.channel());
    String reply = locale.equals("ru")
        ? "Обращение не зарегистрировано. По правилам контакт-центра укажите: " + String.join("; ", missing) + "."
        : "Your request was not registered. Please give: " + String.join("; ", missing) + ".";
    return new Receipt(Receipt.Outcome.REFUSED, null, missing, List.of(), reply);
  }

  private String registeredReply(TicketSnapshot t, List<String> refusedFiles) {
    String files = refusedFiles.isEmpty() ? "" : (locale.equals("ru") ? " Не приняты файлы: " : " Files not taken: ")
        + String.join(", ", refusedFiles) + ".";
    return (locale.equals("ru") ? "Обращение зарегистрировано под номером " : "Your request is registered as ")
        + t.number() + "." + files;
  }

  /**
   * Whether a message may join the ticket it answers: its requester may write from a contact they
   * gave or as the same known person, a watcher or the assignee as themselves; a colleague, or
   * anybody who knows the ticket's number or a message id, may not.
   */
  private static boolean mayThread(TicketSnapshot t, Sender writer, String from) {
    if (!t.organisationId().equals(writer.organisationId()) && writer.requesterId() == null) {
      return false;
    }
    if (requesterWriting(t, from).isPresent()) {
      return true;
    }
    String who = writer.requesterId();
    return who != null && (who.equals(t.requester().id()) || t.watchers().contains(who) || who.equals(t.assignee()));
  }

  /** The requester of the ticket, when the message comes from one of the contacts they gave. */
  private static Optional<Sender> requesterWriting(TicketSnapshot t, String from) {
    return t.requester().contacts().stream().anyMatch(c -> c.value().equalsIgnoreCase(from.strip()))
        ? Optional.of(new Sender(t.requester().id(), t.requester().fullName(), t.organisationId())) : Optional.empty();
  }

  /** The ticket a message answers: by in-reply-to, else by a ticket number in the subject. */
  private Optional<TicketSnapshot> replyTo(InboundMessage m) {
    if (m.inReplyTo() != null) {
      Optional<TicketId> byReply = desk.ticketOfMessage(m.channel(), m.inReplyTo());
      if (byReply.isPresent()) {
        return Optional.of(desk.ticket(Actor.SYSTEM, byReply.get()));
      }
    }
    if (m.subject() != null) {
      Matcher number = TICKET_NUMBER.matcher(m.subject().toUpperCase(Locale.ROOT));
      while (number.find()) {
        try {
          return Optional.of(desk.ticketByNumber(Actor.SYSTEM, number.group()));
        } catch (DeskException notATicket) {
          // a word with a hyphen, not a ticket number
        }
      }
    }
    return Optional.empty();
  }

  private void judge(List<InboundAttachment> files, FileOrigin origin, List<AttachmentRef> stored,
      List<String> refused) {
    List<AttachmentPolicy.Verdict> verdicts = policy.judgeAll(files.stream().map(InboundAttachment::fileName).toList(),
        files.stream().map(InboundAttachment::content).toList());
    for (int i = 0; i < files.size(); i++) {
      AttachmentPolicy.Verdict v = verdicts.get(i);
      if (!v.accepted()) {
        refused.add(v.fileName() + ": " + v.refusal());
      } else if (attachments == null) {
        refused.add(v.fileName() + ": NO_ATTACHMENT_STORE");
      } else {
        stored.add(attachments.put(v.fileName(), v.mediaType(), files.get(i).content(), origin));
      }
    }
  }

  /** Mutable, not thread-safe builder. */
  public static final class Builder {
    private final Desk desk;
    private final Directory directory;
    private Function<String, Optional<Sender>> senders = address -> Optional.empty();
    private String category;
    private Channel medium = Channel.EMAIL;
    private AttachmentPolicy policy = AttachmentPolicy.contactCentre();
    private AttachmentStore attachments;
    private String locale = "ru";

    private Builder(Desk desk, Directory directory) {
      this.desk = Objects.requireNonNull(desk, "desk");
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Who an address belongs to (a host's contact list); nobody by default. */
    public Builder senders(Function<String, Optional<Sender>> value) { senders = Objects.requireNonNull(value); return this; }
    /** The category of tickets registered from messages; required. */
    public Builder category(String value) { category = value; return this; }
    /** The channel tickets are registered as (EMAIL by default). */
    public Builder medium(Channel value) { medium = Objects.requireNonNull(value); return this; }
    /** Which files are taken (the contact-centre rules by default). */
    public Builder attachments(AttachmentPolicy rules, AttachmentStore store) {
      policy = Objects.requireNonNull(rules);
      attachments = store;
      return this;
    }
    /** The language of replies ({@code ru} by default, or {@code en}). */
    public Builder locale(String value) { locale = Objects.requireNonNull(value); return this; }

    /** The inbox. */
    public Inbox build() {
      if (category == null || directory.category(category).isEmpty()) {
        throw new IllegalArgumentException("an inbox needs a known category for the tickets it registers, not "
            + category);
      }
      return new Inbox(this);
    }
  }
}
