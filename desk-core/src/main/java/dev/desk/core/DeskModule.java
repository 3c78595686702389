package dev.desk.core;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.desk.core.calendar.BusinessCalendar;
import dev.desk.core.classify.UrgencyClassification;
import dev.desk.core.directory.Directory;
import dev.desk.core.engine.Feature;
import dev.desk.core.escalation.EscalationRules;
import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Lifecycles;
import dev.desk.core.notify.NotificationDelivery;
import dev.desk.core.numbering.TicketNumberFormat;
import dev.desk.core.plugin.PluginRegistry;
import dev.desk.core.routing.ServiceDirectory;
import dev.desk.core.sla.SlaPolicies;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.storage.TicketStore;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Wires a {@link Desk} with Guice, through the same {@link Desk.Builder} a host without Guice
 * calls, so both end in the same immutable desk. The host binds a {@link Directory}; everything
 * else the builder takes has a default the host may replace with {@code
 * OptionalBinder.newOptionalBinder(binder(), X.class).setBinding()...}:
 *
 * <ul>
 *   <li>the system {@link Clock} in UTC, an {@link InMemoryTicketStore} (desk-jdbc's module binds
 *       its own), the {@linkplain Lifecycles#standard() standard lifecycle}, the {@linkplain
 *       TicketNumberFormat#defaultFormat() default number format}, the built-in {@linkplain
 *       UrgencyClassification#builtIn() urgency classification};
 *   <li>{@link SlaPolicies} (none), {@link EscalationRules} (none), a {@link ServiceDirectory}
 *       (none: no routing), {@link NotificationDelivery} (no notifier of its own), an {@link
 *       ExecutorService} for plugin calls (desk's bounded pool), and {@code @Named("desk.notifyPeople")
 *       Boolean} (false);
 *   <li>sets: business calendars ({@code Multibinder<BusinessCalendar>}), features ({@code
 *       Multibinder<Feature>}), plugins ({@code Multibinder<DeskPlugin>}, registered before what
 *       {@link java.util.ServiceLoader} finds) and the plugin kinds to make with their settings
 *       ({@code MapBinder<String, Map<String, String>>} named {@code "desk.plugins"}).
 * </ul>
 */
public final class DeskModule extends AbstractModule {

  /** The name of the map of plugin kinds to make, with their settings. */
  public static final String PLUGIN_KINDS = "desk.plugins";

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
    OptionalBinder.newOptionalBinder(binder(), SlaPolicies.class).setDefault().toInstance(SlaPolicies.none());
    OptionalBinder.newOptionalBinder(binder(), EscalationRules.class).setDefault().toInstance(EscalationRules.none());
    OptionalBinder.newOptionalBinder(binder(), NotificationDelivery.class).setDefault()
        .toProvider(() -> NotificationDelivery.builder().build());
    OptionalBinder.newOptionalBinder(binder(), ServiceDirectory.class);
    OptionalBinder.newOptionalBinder(binder(), ExecutorService.class);
    OptionalBinder.newOptionalBinder(binder(), Key.get(Boolean.class,
        Names.named("desk.notifyPeople"))).setDefault().toInstance(false);
    Multibinder.newSetBinder(binder(), BusinessCalendar.class);
    Multibinder.newSetBinder(binder(), Feature.class);
    Multibinder.newSetBinder(binder(), DeskPlugin.class);
    MapBinder.newMapBinder(binder(), new TypeLiteral<String>() {},
        new TypeLiteral<Map<String, String>>() {}, Names.named(PLUGIN_KINDS));
  }

  @Provides
  @Singleton
  Desk desk(Clock clock, TicketStore store, Lifecycle lifecycle, Directory directory,
      TicketNumberFormat numberFormat, UrgencyClassification classification, SlaPolicies policies,
      EscalationRules escalation, NotificationDelivery delivery, Optional<ServiceDirectory> services,
      Optional<ExecutorService> executor, @Named("desk.notifyPeople") Boolean notifyPeople,
      Set<BusinessCalendar> calendars, Set<Feature> features, Set<DeskPlugin> plugins,
      @Named(PLUGIN_KINDS) Map<String, Map<String, String>> pluginKinds) {
    PluginRegistry.Builder registry = PluginRegistry.builder();
    plugins.forEach(registry::register); // registered first, then what discovery finds
    registry.discover(Thread.currentThread().getContextClassLoader());
    Desk.Builder b = Desk.builder()
        .clock(clock)
        .store(store)
        .lifecycle(lifecycle)
        .directory(directory)
        .numberFormat(numberFormat)
        .classification(classification)
        .slaPolicies(policies)
        .escalationRules(escalation)
        .notifications(delivery)
        .notifyPeople(notifyPeople)
        .plugins(registry.build());
    services.ifPresent(b::serviceDirectory);
    executor.ifPresent(b::executor);
    calendars.forEach(b::calendar);
    features.forEach(b::feature);
    pluginKinds.forEach(b::plugin);
    return b.build();
  }
}
