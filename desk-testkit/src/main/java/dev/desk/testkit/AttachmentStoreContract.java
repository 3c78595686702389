package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.desk.spi.error.ValidationException;
import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.spi.ticket.AttachmentRef;
import dev.desk.spi.ticket.TicketId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The attachment store compatibility suite: extend it with a {@link #newStore()} of your store.
 * Ticket stores that keep attachments run {@link #roundTrip} from {@link TicketStoreContract} too.
 */
public abstract class AttachmentStoreContract {

  private static final FileOrigin BY_AGENT = FileOrigin.storedBy("petrov");

  /** A new, empty store. */
  protected abstract AttachmentStore newStore();

  @Test
  void filesComeBackByteForByteWithWhatIsKnownOfThem() {
    roundTrip(newStore());
  }

  /** Stores a 3 MB file, an empty one and a name full of trouble, and reads them back. */
  public static void roundTrip(AttachmentStore store) {
    byte[] big = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(big);
    AttachmentRef scan = store.put("снимок экрана 1.png", "image/png", big, BY_AGENT);
    AttachmentRef empty = store.put("'; DROP TABLE desk_attachment; --.pdf", "application/pdf", new byte[0], BY_AGENT);
    assertNotEquals(scan.id(), empty.id());
    assertEquals(new AttachmentRef(scan.id(), "снимок экрана 1.png", "image/png", big.length), scan);
    assertEquals(Optional.of(scan), store.describe(scan.id()));
    assertArrayEquals(big, store.content(scan.id()).orElseThrow());
    assertEquals(Optional.of(empty), store.describe(empty.id()));
    assertArrayEquals(new byte[0], store.content(empty.id()).orElseThrow());
    assertEquals(Optional.empty(), store.describe("no-such-file"));
    assertEquals(Optional.empty(), store.content("no-such-file"));
    byte[] copy = store.content(scan.id()).orElseThrow();
    copy[0]++;
    assertArrayEquals(big, store.content(scan.id()).orElseThrow(), "a stored file is never changed");
  }

  @Test
  void namesAtTheLimitAreKeptExactlyAndNamesNoStoreKeepsAreRefusedBeforeAnythingIsWritten() {
    AttachmentStore store = newStore();
    // 255 characters with pairs beyond the basic plane and combining marks: kept as given
    String longest = ("é😀ё" + "x".repeat(252)).substring(0, AttachmentStore.MAX_FILE_NAME);
    AttachmentRef kept = store.put(longest, "image/png", new byte[] {1}, BY_AGENT);
    assertEquals(Optional.of(kept), store.describe(kept.id()));
    assertEquals(longest, store.describe(kept.id()).orElseThrow().fileName());
    for (String name : List.of("x".repeat(AttachmentStore.MAX_FILE_NAME + 1), "scan\u0000.png", "scan\ud800.png",
        "\udc00", " ")) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> store.put(name, "image/png", new byte[1], BY_AGENT));
      assertEquals("fileName", e.violations().get(0).path());
    }
    ValidationException type = assertThrows(ValidationException.class,
        () -> store.put("a.png", "image/" + "x".repeat(AttachmentStore.MAX_MEDIA_TYPE), new byte[1], BY_AGENT));
    assertEquals("mediaType", type.violations().get(0).path());
  }

  @Test
  void whereAFileCameFromComesBackExactly() {
    origins(newStore());
  }

  /** Stores files with origins of every shape and reads them back; refuses origins no store keeps. */
  public static void origins(AttachmentStore store) {
    TicketId ticket = TicketId.parse("019cf53a-d700-7000-8283-a0ac7d80dbba");
    String longest = ("é😀ё" + "x".repeat(FileOrigin.MAX_ACTOR)).substring(0, FileOrigin.MAX_ACTOR);
    for (FileOrigin origin : List.of(FileOrigin.storedBy("ivanova@city-hospital-1.example"),
        FileOrigin.forTicket("Иванова Анна Петровна", ticket), FileOrigin.storedBy(longest))) {
      AttachmentRef ref = store.put("scan.png", "image/png", new byte[] {1}, origin);
      assertEquals(Optional.of(origin), store.origin(ref.id()));
    }
    assertEquals(Optional.empty(), store.origin("no-such-file"));
    for (FileOrigin origin : List.of(FileOrigin.storedBy(" "), FileOrigin.storedBy("a\u0000b"),
        FileOrigin.storedBy("x".repeat(FileOrigin.MAX_ACTOR + 1)), FileOrigin.storedBy("\ud800"))) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> store.put("scan.png", "image/png", new byte[1], origin));
      assertEquals("origin.storedBy", e.violations().get(0).path());
    }
    ValidationException none = assertThrows(ValidationException.class,
        () -> store.put("scan.png", "image/png", new byte[1], null));
    assertEquals("origin", none.violations().get(0).path());
  }

  @Test
  void aFileNoTicketTookIsRemovedWhole() {
    AttachmentStore store = newStore();
    AttachmentRef kept = store.put("kept.png", "image/png", new byte[] {1, 2}, BY_AGENT);
    AttachmentRef refused = store.put("refused.png", "image/png", new byte[] {3, 4}, BY_AGENT);
    store.remove(refused.id());
    assertEquals(Optional.empty(), store.describe(refused.id()));
    assertEquals(Optional.empty(), store.origin(refused.id()));
    assertEquals(Optional.empty(), store.content(refused.id()));
    assertEquals(Optional.of(kept), store.describe(kept.id()), "the others stay");
    store.remove(refused.id()); // again: nothing happens
    store.remove("no-such-file");
  }
}
