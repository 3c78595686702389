package dev.desk.testkit;

import dev.desk.core.calendar.Calendars;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.Urgency;
import java.time.Duration;
import java.util.List;

/** SLA policies for tests: a contact-centre policy and a 24x7 emergency policy. */
public final class SlaClockFixtures {

  /** Response in 2 working hours and resolution in 8 on ru-contact-centre; emergencies 15 minutes and 4 hours, 24x7. */
  public static final SlaPolicies POLICIES = SlaPolicies.of(
      new SlaPolicy("standard", null, null, null, List.of(
          SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofHours(2), Calendars.RU_CONTACT_CENTRE),
          SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(8), Calendars.RU_CONTACT_CENTRE),
          SlaTarget.of(SlaClockKind.UPDATE, Duration.ofHours(4), Calendars.RU_CONTACT_CENTRE))),
      new SlaPolicy("emergency", null, Urgency.EMERGENCY, null, List.of(
          SlaTarget.of(SlaClockKind.RESPONSE, Duration.ofMinutes(15), Calendars.ALWAYS),
          SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(4), Calendars.ALWAYS))));

  private SlaClockFixtures() {}
}
