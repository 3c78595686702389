package dev.desk.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.DeskPlugin;
import dev.desk.spi.PluginContext;
import dev.desk.spi.PluginFactory;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.notify.Notifier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The sample plugins are found by ServiceLoader, offer nothing ready-made, and make each kind from its settings. */
final class SamplePluginsTest {

  @Test
  void discoveryFindsThemAndTheyOfferKindsNotInstances() {
    List<DeskPlugin> found = ServiceLoader.load(DeskPlugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p instanceof SamplePlugins).toList();
    assertEquals(1, found.size());
    assertEquals(List.of(), found.get(0).channels());
    assertEquals(List.of(), found.get(0).notifiers());
    assertEquals(List.of("sms-gateway", "callback-queue"),
        found.get(0).notifierFactories().stream().map(PluginFactory::name).toList());
    assertEquals(List.of("webhook-channel"), found.get(0).channelFactories().stream().map(PluginFactory::name).toList());
  }

  @Test
  void aKindIsMadeFromItsSettingsAndBadSettingsAreNamed() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    PluginContext context = new PluginContext(Clock.systemUTC(), pool, SpiVersion.CURRENT);
    PluginFactory<Notifier> sms = new SamplePlugins().notifierFactories().get(0);
    Notifier made = sms.create(Map.of("url", "http://127.0.0.1:9/sms", "token", "t"), context);
    assertEquals("sms-gateway", made.name());
    DeskException missing = assertThrows(DeskException.class, () -> sms.create(Map.of(), context));
    assertTrue(missing.getMessage().contains("url"), missing.getMessage());
    DeskException badBudget = assertThrows(DeskException.class, () -> sms.create(Map.of("url", "http://x",
        "budget", "ten seconds"), context));
    assertTrue(badBudget.getMessage().contains("PT10S"), badBudget.getMessage());
    pool.shutdown();
  }
}
