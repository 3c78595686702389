package dev.desk.plugins.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.spi.storage.AttachmentStore;
import dev.desk.spi.storage.FileOrigin;
import dev.desk.testkit.AttachmentStoreContract;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system store passes the attachment store compatibility suite. */
final class FileSystemAttachmentStoreTest extends AttachmentStoreContract {

  @TempDir
  Path dir;

  @Override
  protected AttachmentStore newStore() {
    return new FileSystemAttachmentStore(dir);
  }

  @Test
  void idsThatAreNotOursNeverReachTheFileSystem() {
    AttachmentStore store = newStore();
    assertEquals(Optional.empty(), store.content("../../etc/passwd"));
    assertEquals(Optional.empty(), store.describe("..\\..\\boot.ini"));
  }

  @Test
  void aStoreReopenedOnTheSameDirectoryFindsItsFiles() {
    var ref = newStore().put("скан.pdf", "application/pdf", "%PDF-1.4".getBytes(), FileOrigin.storedBy("ivanova"));
    assertEquals(Optional.of(ref), new FileSystemAttachmentStore(dir).describe(ref.id()));
  }
}
