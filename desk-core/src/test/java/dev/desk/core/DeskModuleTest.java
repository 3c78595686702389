package dev.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.calendar.WeeklySchedule;
import dev.desk.core.escalation.EscalationAction;
import dev.desk.core.escalation.EscalationRule;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.escalation.Recipient;
import dev.desk.core.escalation.Trigger;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.sla.SlaPolicy;
import dev.desk.core.sla.SlaTarget;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.PluginContext;
import dev.desk.spi.PluginFactory;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.notify.Message;
import dev.desk.spi.notify.Notifier;
import dev.desk.spi.storage.OutboxEntry;
import dev.desk.spi.ticket.SlaClockKind;
import dev.desk.spi.ticket.TicketSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import dev.desk.core.directory.Directory;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.spi.ticket.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

final class DeskModuleTest {

  @Test
  void wiresADeskWithDefaultsAndTheHostsOverrides() {
    Clock fixed = Clock.fixed(Instant.parse("2026-05-05T05:05:05Z"), ZoneOffset.UTC);
    Injector injector = Guice.createInjector(new DeskModule(), new AbstractModule() {
      @Override
      protected void configure() {
        bind(Directory.class).toInstance(TestDesk.directory());
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(fixed);
      }
    });

    Desk desk = injector.getInstance(Desk.class);

    assertSame(desk, injector.getInstance(Desk.class), "one desk per injector");
    assertSame(Lifecycles.standard(), desk.lifecycle());
    assertEquals("DESK-2026-000001", desk.register(Actor.SYSTEM, TestDesk.clinicTicket().build()).number());
    assertEquals(fixed.instant(), desk.register(Actor.SYSTEM, TestDesk.clinicTicket().build()).createdAt());
  }

  /** A plugin that makes a notifier which remembers what it delivered, from a setting. */
  static final class RecordingPlugin implements DeskPlugin {
    static final List<String> DELIVERED = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public SpiVersion spiVersion() {
      return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<PluginFactory<Notifier>> notifierFactories() {
      return List.of(new PluginFactory<>() {
        @Override
        public String name() {
          return "recorder";
        }

        @Override
        public Map<String, String> settings() {
          return Map.of("prefix", "what to put before each key");
        }

        @Override
        public Notifier create(Map<String, String> settings, PluginContext context) {
          return new Notifier() {
            @Override public String name() { return "recorder"; }
            @Override public boolean accepts(OutboxEntry entry) { return true; }
            @Override public void deliver(OutboxEntry entry, Message message) {
              DELIVERED.add(settings.get("prefix") + entry.notification().recipient());
            }
          };
        }
      });
    }
  }

  @Test
  void everyBuilderSettingCanBeBoundAndPluginsAreUsedWithoutCopying() {
    Clock fixed = Clock.fixed(Instant.parse("2026-05-05T05:05:05Z"), ZoneOffset.UTC);
    EscalationRules tell = EscalationRules.builder().rule(EscalationRule.builder("tell").level(1, Trigger.atOnce())
        .notify(Recipient.person("duty-officer"), EscalationAction.Delivery.AT_ONCE).build()).build();
    SlaPolicies policies = SlaPolicies.of(new SlaPolicy("p", null, null, null, List.of(
        SlaTarget.of(SlaClockKind.RESOLUTION, Duration.ofHours(8), "night-shift"))));
    BusinessCalendar night = BusinessCalendar.builder("night-shift").zone(ZoneOffset.UTC).schedule(WeeklySchedule.allDay())
        .build();
    Injector injector = Guice.createInjector(new DeskModule(), new AbstractModule() {
      @Override
      protected void configure() {
        bind(Directory.class).toInstance(TestDesk.directory());
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(fixed);
        OptionalBinder.newOptionalBinder(binder(), EscalationRules.class).setBinding().toInstance(tell);
        OptionalBinder.newOptionalBinder(binder(), SlaPolicies.class).setBinding().toInstance(policies);
        Multibinder.newSetBinder(binder(), BusinessCalendar.class).addBinding().toInstance(night);
        Multibinder.newSetBinder(binder(), DeskPlugin.class).addBinding().to(RecordingPlugin.class);
        MapBinder.newMapBinder(binder(), new TypeLiteral<String>() {}, new TypeLiteral<Map<String, String>>() {},
            Names.named(DeskModule.PLUGIN_KINDS)).addBinding("recorder").toInstance(Map.of("prefix", "to "));
      }
    });
    Desk desk = injector.getInstance(Desk.class);
    TicketSnapshot t = desk.register(Actor.SYSTEM, TestDesk.clinicTicket().build());
    assertEquals("night-shift", t.clock(SlaClockKind.RESOLUTION).orElseThrow().calendarId(), "policies and calendars");
    assertEquals(1, desk.deliverNotifications().delivered(), "the escalation rule planned a notice");
    assertEquals(List.of("to duty-officer"), RecordingPlugin.DELIVERED, "the plugin's notifier delivered it");
    desk.close();
  }

  @Test
  void aMissingDirectoryFailsAtStartNotAtFirstUse() {
    assertThrows(CreationException.class, () -> Guice.createInjector(new DeskModule()).getInstance(Desk.class));
  }
}
