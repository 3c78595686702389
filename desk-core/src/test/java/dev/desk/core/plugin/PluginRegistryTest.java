package dev.desk.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.core.classify.UrgencyRules;
import dev.desk.core.store.InMemoryStorePlugin;
import dev.desk.core.store.InMemoryTicketStore;
import dev.desk.spi.DeskPlugin;
import dev.desk.spi.SpiVersion;
import dev.desk.spi.classify.Classification;
import dev.desk.spi.classify.ClassificationRequest;
import dev.desk.spi.classify.UrgencyClassifier;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.ticket.Urgency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PluginRegistryTest {

  private record Plugin(String name, SpiVersion spiVersion) implements DeskPlugin {}

  @Test
  void discoveryFindsTheMemoryStore() {
    PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();

    assertEquals(List.of("memory"), registry.storeKinds());
    assertTrue(registry.createStore("memory", Map.of()) instanceof InMemoryTicketStore);
  }

  @Test
  void aPluginForAnotherMajorOrANewerMinorIsRefused() {
    DeskException major = assertThrows(DeskException.class, () ->
        PluginRegistry.builder().register(new Plugin("old", new SpiVersion(SpiVersion.MAJOR + 1, 0))));
    assertEquals(ErrorCode.PLUGIN_FAILURE, major.code());
    assertTrue(major.getMessage().contains("was built for SDK " + (SpiVersion.MAJOR + 1) + ".0"), major.getMessage());
    assertThrows(DeskException.class, () ->
        PluginRegistry.builder().register(new Plugin("future", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR + 1))));
  }

  @Test
  void twoPluginsWithOneNameAreAnErrorButTheSameOneTwiceIsNot() {
    PluginRegistry.Builder builder = PluginRegistry.builder()
        .register(new InMemoryStorePlugin())
        .register(new InMemoryStorePlugin());
    assertEquals(1, builder.build().plugins().size());

    DeskException e = assertThrows(DeskException.class,
        () -> builder.register(new Plugin("memory-storage", SpiVersion.CURRENT)));
    assertTrue(e.getMessage().contains("Two plugins are named memory-storage"), e.getMessage());
  }

  @Test
  void unknownStoreKindNamesTheKnownOnes() {
    PluginRegistry registry = PluginRegistry.builder().register(new InMemoryStorePlugin()).build();

    DeskException e = assertThrows(DeskException.class, () -> registry.createStore("jdbc", Map.of()));
    assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    assertTrue(e.getMessage().contains("known: [memory]"), e.getMessage());
    assertThrows(DeskException.class, () -> registry.createStore("memory", Map.of("url", "x")));
  }

  @Test
  void aPluginsClassifierVotesInTheClassification() {
    UrgencyClassifier model = new UrgencyClassifier() {
      @Override public String name() { return "ward-model"; }
      @Override public Mode mode() { return Mode.REPLACE; }
      @Override public Classification classify(ClassificationRequest request) {
        return new Classification(Urgency.CONSULTATION, 0.7, List.of(), name());
      }
    };
    DeskPlugin plugin = new DeskPlugin() {
      @Override public String name() { return "ward"; }
      @Override public SpiVersion spiVersion() { return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR); }
      @Override public List<UrgencyClassifier> classifiers() { return List.of(model); }
    };
    PluginRegistry registry = PluginRegistry.builder().register(plugin).build();
    assertEquals(List.of(model), registry.classifiers());
    assertEquals(List.of(), registry.notifiers(), "this plugin offers no notifier");
    assertEquals(List.of(), registry.channels(), "nor a channel");
    assertEquals(Urgency.CONSULTATION, registry.classification(UrgencyRules.defaults())
        .classify(ClassificationRequest.ofText("пахнет газом")).urgency());
  }
}
