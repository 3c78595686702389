package dev.desk.jdbc;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.desk.spi.storage.TicketStore;
import java.util.Objects;

/**
 * Puts a {@link JdbcTicketStore} in place of the in-memory default of {@code DeskModule}:
 * {@code Guice.createInjector(new DeskModule(), new JdbcStorageModule(store), hostModule)}.
 * The host builds the store (from its {@code DataSource} or a URL) and closes it at shutdown.
 */
public final class JdbcStorageModule extends AbstractModule {

  private final JdbcTicketStore store;

  /** A module binding this store. */
  public JdbcStorageModule(JdbcTicketStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), TicketStore.class).setBinding().toInstance(store);
  }
}
