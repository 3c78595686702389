package dev.desk.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.directory.Directory;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.numbering.TicketNumberFormat;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.storage.TicketStore;
import java.time.Clock;

/**
 * Wires a {@link Desk} with Guice. The host binds a {@link Directory}; everything else has a
 * default the host may replace with {@code OptionalBinder.newOptionalBinder(binder(),
 * X.class).setBinding()...}: the system {@link Clock} in UTC, an {@link InMemoryTicketStore}
 * (desk-jdbc's module binds its own), the {@linkplain Lifecycles#standard() standard lifecycle}
 * the {@linkplain TicketNumberFormat#defaultFormat() default number format} and the built-in
 * {@linkplain UrgencyClassification#builtIn() urgency classification}.
 */
public final class DeskModule extends AbstractModule {

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
    OptionalBinder.newOptionalBinder(binder(), TicketStore.class).setDefault()
        .to(InMemoryTicketStore.class).in(Singleton.class);
    OptionalBinder.newOptionalBinder(binder(), Lifecycle.class).setDefault().toInstance(Lifecycles.standard());
    OptionalBinder.newOptionalBinder(binder(), TicketNumberFormat.class).setDefault()
        .toInstance(TicketNumberFormat.defaultFormat());
    OptionalBinder.newOptionalBinder(binder(), UrgencyClassification.class).setDefault()
        .toProvider(UrgencyClassification::builtIn).in(Singleton.class);
  }

  @Provides
  @Singleton
  Desk desk(Clock clock, TicketStore store, Lifecycle lifecycle, Directory directory,
      TicketNumberFormat numberFormat, UrgencyClassification classification) {
    return Desk.builder()
        .clock(clock)
        .store(store)
        .lifecycle(lifecycle)
        .directory(directory)
        .numberFormat(numberFormat)
        .classification(classification)
        .build();
  }
}
