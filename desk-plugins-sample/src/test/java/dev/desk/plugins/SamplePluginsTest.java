package dev.desk.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.spi.DeskPlugin;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The sample plugins are found by ServiceLoader and offer only what is configured. */
final class SamplePluginsTest {

  @Test
  void discoveryFindsThemAndUnconfiguredTheyOfferNothing() {
    List<DeskPlugin> found = ServiceLoader.load(DeskPlugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p instanceof SamplePlugins).toList();
    assertEquals(1, found.size());
    assertEquals(List.of(), found.get(0).channels());
    assertEquals(List.of(), found.get(0).notifiers());
  }
}
