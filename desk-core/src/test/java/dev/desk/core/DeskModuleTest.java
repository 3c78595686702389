package dev.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
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

  @Test
  void aMissingDirectoryFailsAtStartNotAtFirstUse() {
    assertThrows(CreationException.class, () -> Guice.createInjector(new DeskModule()).getInstance(Desk.class));
  }
}
