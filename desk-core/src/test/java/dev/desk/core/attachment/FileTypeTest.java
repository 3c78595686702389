package dev.desk.core.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each kind of file is told by its content; text is UTF-8 without control characters. */
final class FileTypeTest {

  @Test
  void anyPrintableTextInAnyScriptIsText() {
    // printable ASCII and Cyrillic, with tabs and line breaks
    qt().forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 100),
            strings().betweenCodePoints(0x400, 0x4FF).ofLengthBetween(0, 100))
        .checkAssert((latin, cyrillic) -> assertTrue(FileType.TEXT.matches((latin + "\t" + cyrillic + "\r\n")
            .getBytes(StandardCharsets.UTF_8)), latin + cyrillic));
  }

  @Test
  void aProgramOrBrokenUtf8IsNotText() {
    assertFalse(FileType.TEXT.matches(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
    assertFalse(FileType.TEXT.matches(new byte[] {'a', (byte) 0xD0}), "a cut Cyrillic letter");
    assertFalse(FileType.TEXT.matches(("bell" + (char) 7).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void recordingsAndArchivesByTheirFirstBytes() {
    AttachmentPolicy wide = AttachmentPolicy.of(1024, 5, FileType.values());
    assertEquals("video/mp4", wide.judge("a.bin", new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'})
        .mediaType());
    assertEquals("video/webm", wide.judge("a.bin", new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1}).mediaType());
    assertEquals("application/zip", wide.judge("a.bin", new byte[] {'P', 'K', 3, 4, 20, 0}).mediaType());
    assertEquals("application/pdf", wide.judge("a.txt", "%PDF-1.7 text-like".getBytes(StandardCharsets.US_ASCII))
        .mediaType(), "a binary kind wins over text");
    assertEquals(AttachmentPolicy.Refusal.TYPE_NOT_ALLOWED, AttachmentPolicy.contactCentre().judge("a.zip",
        new byte[] {'P', 'K', 3, 4, 20, 0}).refusal(), "the contact-centre rules take no archives");
  }
}
