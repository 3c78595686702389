package dev.desk.testkit;

import dev.desk.core.command.RegisterTicket;
import dev.desk.core.directory.Category;
import dev.desk.core.directory.Directory;
import dev.desk.core.directory.Organisation;
import dev.desk.spi.ticket.Actor;
import dev.desk.spi.ticket.Channel;
import dev.desk.spi.ticket.ContactKind;
import dev.desk.spi.ticket.Urgency;

/**
 * A small contact centre to test against: two organisations, two categories each taken by its
 * own first-line group, and actors of every role, inside and outside those.
 */
public final class Fixtures {

  /** A regional hospital. */
  public static final Organisation HOSPITAL = new Organisation("gkb-1", "City Hospital No. 1", "VLG-0001", "hospital");
  /** A boiler house of the heating utility. */
  public static final Organisation BOILER_HOUSE = new Organisation("bh-7", "Boiler House No. 7", "VLG-0007", "boiler-house");
  /** Electronic medical records; first line group {@code emr-l1}. */
  public static final Category EMR = new Category("emr", "Electronic medical records", "emr-l1", Urgency.PLANNED);
  /** Heating; first line group {@code heat-l1}. */
  public static final Category HEATING = new Category("heating", "Heating", "heat-l1", Urgency.URGENT);

  /** A requester of the hospital. */
  public static final Actor HOSPITAL_REQUESTER = Actor.requester("ivanova", HOSPITAL.id());
  /** A requester of the boiler house. */
  public static final Actor BOILER_REQUESTER = Actor.requester("sidorov", BOILER_HOUSE.id());
  /** An agent of the EMR first line. */
  public static final Actor EMR_AGENT = Actor.agent("petrov", "emr-l1");
  /** A second agent of the EMR first line. */
  public static final Actor EMR_AGENT_2 = Actor.agent("smirnova", "emr-l1");
  /** An agent of the heating first line. */
  public static final Actor HEAT_AGENT = Actor.agent("kuznetsov", "heat-l1");
  /** A supervisor. */
  public static final Actor SUPERVISOR = Actor.supervisor("head");
  /** desk itself. */
  public static final Actor SYSTEM = Actor.SYSTEM;

  private Fixtures() {}

  /** The directory with both organisations and both categories. */
  public static Directory directory() {
    return Directory.builder()
        .organisation(HOSPITAL)
        .organisation(BOILER_HOUSE)
        .category(EMR)
        .category(HEATING)
        .build();
  }

  /** A valid registration of an EMR problem at the hospital. */
  public static RegisterTicket.Builder hospitalTicket() {
    return RegisterTicket.builder()
        .organisation(HOSPITAL.id(), HOSPITAL.supportCode())
        .requester("Иванова Анна Петровна")
        .contact(ContactKind.PHONE, "+7 8442 00-00-01")
        .channel(Channel.PHONE)
        .category(EMR.id())
        .description("Не открывается электронная медицинская карта пациента, ошибка 500");
  }

  /**
   * {@link #hospitalTicket()} from a requester who wants notices by SMS, so that every step, the
   * registration included, plans one (the phone alone hears only questions and resolutions).
   */
  public static RegisterTicket.Builder hospitalTicketBySms() {
    return hospitalTicket().contact(ContactKind.SMS, "+7 902 000-00-01").noticesBy(ContactKind.SMS);
  }
}
