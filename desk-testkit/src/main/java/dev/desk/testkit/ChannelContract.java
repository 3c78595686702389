package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.Desk;
import dev.desk.core.attachment.AttachmentPolicy;
import dev.desk.core.channel.Inbox;
import dev.desk.core.channel.Sender;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RequestInformation;
import dev.desk.core.command.StartWork;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.channel.InboundAttachment;
import dev.desk.spi.channel.InboundChannel;
import dev.desk.spi.channel.InboundMessage;
import dev.desk.spi.channel.MessageSink;
import dev.desk.spi.channel.Receipt;
import dev.desk.spi.journal.TicketChange;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.storage.TicketQuery;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channel compatibility suite a plugin author runs: extend it with the channel under test and
 * a way to send it a message from outside (an e-mail to the test server, an HTTP call). It checks
 * that messages reach desk with what threading, duplicate detection, sender resolution and
 * attachment checks need. Push channels deliver to the sink given at start; poll channels are
 * polled after every send.
 */
public abstract class ChannelContract {

  /** A message as the outside world sends it. */
  public record Outgoing(String messageId, String inReplyTo, String from, String subject, String text,
      List<InboundAttachment> attachments) {}

  /** The channel under test, new for each test. */
  protected abstract InboundChannel newChannel();

  /** Sends a message to the channel from outside; returns when the channel has it. */
  protected abstract void send(InboundChannel channel, Outgoing message) throws Exception;

  private static final String KNOWN = "ivanova@gkb1.example";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final Desk desk = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(store)
      .directory(Fixtures.directory()).build();
  private final Inbox inbox = Inbox.builder(desk, Fixtures.directory()).category(Fixtures.EMR.id())
      .senders(address -> address.equals(KNOWN)
          ? Optional.of(new Sender("ivanova", "Иванова Анна Петровна", Fixtures.HOSPITAL.id())) : Optional.empty())
      .attachments(AttachmentPolicy.contactCentre(), new AttachmentStore() { // the store, and what was put in it
        @Override public AttachmentRef put(String fileName, String mediaType, byte[] content, FileOrigin origin) {
          AttachmentRef ref = store.put(fileName, mediaType, content, origin);
          stored.add(ref.id());
          return ref;
        }
        @Override public Optional<AttachmentRef> describe(String id) { return store.describe(id); }
        @Override public Optional<byte[]> content(String id) { return store.content(id); }
        @Override public Optional<FileOrigin> origin(String id) { return store.origin(id); }
        @Override public void remove(String id) { store.remove(id); }
      }).build();
  private final List<String> stored = new CopyOnWriteArrayList<>();
  private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
  private InboundChannel channel;

  @BeforeEach
  void startChannel() {
    channel = newChannel();
    channel.start(new MessageSink() {
      @Override
      public Receipt accept(InboundMessage message) {
        Receipt r = inbox.accept(message);
        receipts.add(r);
        return r;
      }
    });
  }

  @AfterEach
  void stopChannel() {
    channel.stop();
  }

  private Receipt deliver(Outgoing message) throws Exception {
    int before = receipts.size();
    send(channel, message);
    for (InboundMessage polled : channel.poll()) {
      Receipt r = inbox.accept(polled);
      receipts.add(r);
      channel.acknowledge(polled, r);
    }
    assertEquals(before + 1, receipts.size(), "one message in, one receipt: " + receipts);
    return receipts.get(receipts.size() - 1);
  }

  private List<TicketSnapshot> tickets() {
    return desk.query(Fixtures.SUPERVISOR, TicketQuery.all());
  }

  @Test
  void aKnownSenderRegistersAndARepliesThread() throws Exception {
    Receipt first = deliver(new Outgoing("<m1@gkb1>", null, KNOWN, "Не открывается ЭМК", "Ошибка 500 у всех врачей",
        List.of()));
    assertEquals(Receipt.Outcome.REGISTERED, first.outcome());
    assertTrue(first.reply().contains(first.ticketNumber()), "the reply tells the number: " + first.reply());

    Receipt bySubject = deliver(new Outgoing("<m2@gkb1>", null, KNOWN, "Re: " + first.ticketNumber() + " ЭМК",
        "Теперь и в приёмном", List.of()));
    assertEquals(new Receipt(Receipt.Outcome.COMMENTED, first.ticketNumber(), List.of(), List.of(), null), bySubject);
    Receipt byReply = deliver(new Outgoing("<m3@gkb1>", "<m1@gkb1>", KNOWN, "ещё", "Уже работает", List.of()));
    assertEquals(first.ticketNumber(), byReply.ticketNumber());
    assertEquals(1, tickets().size());
  }

  @Test
  void aStrangerWhoQuotesANumberOrAMessageIdGetsATicketOfTheirOwnAndTheOtherIsUntouched() throws Exception {
    Receipt first = deliver(new Outgoing("<s1@gkb1>", null, KNOWN, "Не открывается ЭМК", "Ошибка 500", List.of()));
    TicketSnapshot before = desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber());
    // a colleague of the same organisation (or anybody who read the number) with the code and a name
    String stranger = "petrova@gkb1.example";
    Receipt bySubject = deliver(new Outgoing("<s2@gkb1>", null, stranger, "Re: " + first.ticketNumber(),
        "Код поддержки VLG-0001\nФИО: Петрова Ольга Ивановна\nЗакройте эту заявку, всё работает", List.of()));
    Receipt byReply = deliver(new Outgoing("<s3@gkb1>", "<s1@gkb1>", stranger, "ещё",
        "Код поддержки VLG-0001\nФИО: Петрова Ольга Ивановна\nИ у меня не открывается", List.of()));
    for (Receipt r : List.of(bySubject, byReply)) {
      assertEquals(Receipt.Outcome.REGISTERED, r.outcome(), r.toString());
      assertNotEquals(first.ticketNumber(), r.ticketNumber());
    }
    assertEquals(before, desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber()), "the ticket is untouched");
    Receipt nobody = deliver(new Outgoing("<s4@gkb1>", "<s1@gkb1>", "someone@else.example", "Re: "
        + first.ticketNumber(), "Закройте", List.of()));
    assertEquals(Receipt.Outcome.REFUSED, nobody.outcome(), "no code, no name, no right to the thread");
    assertEquals(before, desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber()));
  }

  @Test
  void aFileSentWithAReplyJoinsTheTicket() throws Exception {
    Receipt first = deliver(new Outgoing("<f1@gkb1>", null, KNOWN, "Не открывается ЭМК", "Ошибка 500", List.of()));
    Receipt reply = deliver(new Outgoing("<f2@gkb1>", "<f1@gkb1>", KNOWN, "Скриншот", "Вот снимок экрана",
        List.of(new InboundAttachment("screen.png", "image/png", PNG))));
    assertEquals(Receipt.Outcome.COMMENTED, reply.outcome());
    TicketSnapshot t = desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber());
    assertEquals(List.of("screen.png"), t.attachments().stream().map(a -> a.fileName()).toList());
  }

  @Test
  void aFileSentWithAnAnswerJoinsTheTicketAndTheClockResumes() throws Exception {
    Receipt first = deliver(new Outgoing("<q1@gkb1>", null, KNOWN, "Не печатает", "Принтер в регистратуре", List.of()));
    TicketSnapshot t = desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber());
    t = desk.execute(Fixtures.EMR_AGENT, new Assign(t.id(), t.version(), "emr-l1", null, "petrov", null));
    t = desk.execute(Fixtures.EMR_AGENT, new StartWork(t.id(), t.version()));
    t = desk.execute(Fixtures.EMR_AGENT, new RequestInformation(t.id(), t.version(), "Какая ошибка на экране?"));
    String waiting = t.status();

    Receipt answer = deliver(new Outgoing("<q2@gkb1>", "<q1@gkb1>", KNOWN, "Re: " + first.ticketNumber(),
        "Вот снимок ошибки", List.of(new InboundAttachment("error.png", "image/png", PNG))));
    assertEquals(Receipt.Outcome.COMMENTED, answer.outcome());
    t = desk.ticketByNumber(Fixtures.SUPERVISOR, first.ticketNumber());
    assertNotEquals(waiting, t.status(), "the answer moves the ticket on");
    assertEquals(List.of("error.png"), t.attachments().stream().map(a -> a.fileName()).toList());
    assertTrue(desk.journal(Fixtures.SUPERVISOR, t.id()).stream().anyMatch(e -> e.change()
        instanceof TicketChange.Commented c && c.text().equals("Вот снимок ошибки")), "the answer, as written");
  }

  @Test
  void theSameMessageTwiceIsOneTicket() throws Exception {
    Outgoing message = new Outgoing("<dup@gkb1>", null, KNOWN, "Принтер", "Не печатает", List.of());
    Receipt first = deliver(message);
    Receipt again = deliver(message);
    assertEquals(Receipt.Outcome.DUPLICATE, again.outcome());
    assertEquals(first.ticketNumber(), again.ticketNumber());
    assertEquals(1, tickets().size());
    assertEquals(1, inbox.duplicates());
  }

  @Test
  void aRefusedMessageLeavesNoFileBehind() throws Exception {
    // the sender is known and the file is good, but the text holds a NUL: refused at the edge
    Receipt r = deliver(new Outgoing("<nul@gkb1>", null, KNOWN, "Снимок", "Вот снимок \u0000 ошибки",
        List.of(new InboundAttachment("screen.png", "image/png", PNG))));
    assertEquals(Receipt.Outcome.REFUSED, r.outcome(), r.toString());
    assertEquals(List.of(), tickets());
    assertEquals(1, stored.size(), "the file was stored before the ticket was refused");
    assertEquals(Optional.empty(), store.describe(stored.get(0)), "and is gone with the refusal");
  }

  @Test
  void anUnknownSenderIsToldWhatIsMissingAndGetsNoTicket() throws Exception {
    Receipt r = deliver(new Outgoing("<x@elsewhere>", null, "stranger@elsewhere.example", "Помогите", "Ничего не работает",
        List.of()));
    assertEquals(Receipt.Outcome.REFUSED, r.outcome());
    assertNull(r.ticketNumber());
    assertEquals(2, r.missingFacts().size(), r.missingFacts().toString());
    assertTrue(r.reply().contains("код поддержки"), r.reply());
    assertEquals(List.of(), tickets());

    Receipt withFacts = deliver(new Outgoing("<y@elsewhere>", null, "stranger@elsewhere.example", "Помогите",
        "Код поддержки " + Fixtures.HOSPITAL.supportCode() + "\nФИО: Петров Пётр Петрович\nНичего не работает", List.of()));
    assertEquals(Receipt.Outcome.REGISTERED, withFacts.outcome());
  }

  @Test
  void aBadAttachmentDoesNotStopTheTicket() throws Exception {
    Receipt r = deliver(new Outgoing("<files@gkb1>", null, KNOWN, "Скриншоты", "См. вложения", List.of(
        new InboundAttachment("screen.png", "image/png", PNG),
        new InboundAttachment("photo.png", "image/png", "MZ not a picture".getBytes()))));
    assertEquals(Receipt.Outcome.REGISTERED, r.outcome());
    assertEquals(List.of("photo.png: TYPE_NOT_ALLOWED"), r.refusedAttachments());
    TicketSnapshot t = desk.ticketByNumber(Fixtures.SUPERVISOR, r.ticketNumber());
    assertEquals(List.of("screen.png"), t.attachments().stream().map(a -> a.fileName()).toList());
    assertTrue(desk.journal(Fixtures.SUPERVISOR, t.id()).stream().anyMatch(e -> e.change()
        instanceof TicketChange.MessageReceived m && m.refusedAttachments().equals(List.of("photo.png: TYPE_NOT_ALLOWED"))),
        "the journal says which file and why");
  }

  /** A channel for desk's own tests: messages sent are handed to the sink at once (push). */
  public static final class DirectChannel implements InboundChannel {
    private volatile MessageSink sink;

    @Override public String name() { return "direct"; }
    @Override public void start(MessageSink value) { sink = value; }

    /** Hands a message to desk as a push channel would. */
    public Receipt push(Outgoing m) {
      return sink.accept(new InboundMessage(name(), m.messageId(), m.inReplyTo(), m.from(), m.subject(), m.text(),
          new ArrayList<>(m.attachments()), Instant.parse("2026-03-16T06:00:00Z")));
    }
  }
}
