package dev.desk.examples.embedding;

import dev.desk.core.Desk;
import dev.desk.core.command.Assign;
import dev.desk.core.command.RegisterTicket;
import dev.desk.core.command.Resolve;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.TicketSnapshot;
import dev.desk.spi.ticket.Urgency;

/** The README's embedding example: a host registers, assigns and resolves one ticket. */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Runs the example and returns the resolved ticket. */
  public static TicketSnapshot run() {
    // README:BEGIN
    Directory directory = Directory.builder()
        .organisation(new Organisation("gkb-25", "Emergency Hospital No. 25", "VLG-1025", "hospital"))
        .category(new Category("emr", "Electronic medical records", "emr-l1", Urgency.PLANNED))
        .build();
    Desk desk = Desk.builder().directory(directory).build();   // in memory, system clock

    Actor nurse = Actor.requester("ivanova", "gkb-25");
    Actor agent = Actor.agent("petrov", "emr-l1");
    TicketSnapshot ticket = desk.register(nurse, RegisterTicket.builder()
        .organisation("gkb-25", "VLG-1025")                     // organisation + its support code
        .requester("Иванова Анна Петровна")
        .category("emr")
        .description("Не открывается электронная медкарта пациента")
        .build());                                               // DESK-2026-000001, NEW, emr-l1/L1

    ticket = desk.execute(agent, new Assign(ticket.id(), ticket.version(), "emr-l1", null, "petrov", null));
    ticket = desk.execute(agent, new Resolve(ticket.id(), ticket.version(), "Сертификат ЭП переустановлен"));
    desk.requesterView(nurse, ticket.id()).entries().forEach(System.out::println); // what the nurse reads
    // README:END
    return ticket;
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run();
  }
}
