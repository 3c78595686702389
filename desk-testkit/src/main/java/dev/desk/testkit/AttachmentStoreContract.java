package dev.desk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.ticket.AttachmentRef;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The attachment store compatibility suite: extend it with a {@link #newStore()} of your store.
 * Ticket stores that keep attachments run {@link #roundTrip} from {@link TicketStoreContract} too.
 */
public abstract class AttachmentStoreContract {

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
    AttachmentRef scan = store.put("снимок экрана 1.png", "image/png", big);
    AttachmentRef empty = store.put("'; DROP TABLE desk_attachment; --.pdf", "application/pdf", new byte[0]);
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
}
