package dev.desk.core.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files are judged by content: names and declared types never matter. */
final class AttachmentPolicyProperties {

  private static final AttachmentPolicy POLICY = AttachmentPolicy.of(1024, 3);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private static byte[] bytes(List<Integer> values) {
    byte[] out = new byte[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (int) values.get(i);
    }
    return out;
  }

  @Test
  void contentWithoutAnAllowedSignatureIsRefusedWhateverItsName() {
    qt().withExamples(500).forAll(lists().of(integers().between(-128, 127)).ofSizeBetween(1, 300))
        .checkAssert(values -> {
          byte[] content = bytes(values);
          AttachmentPolicy.Verdict v = POLICY.judge("photo.png", content);
          assertEquals(AttachmentPolicy.mediaTypeOf(content) != null, v.accepted(), () -> "verdict " + v);
          if (!v.accepted()) {
            assertNull(v.mediaType());
          }
        });
  }

  @Test
  void aPngIsAPngUnderAnyNameUpToTheLimit() {
    qt().withExamples(300).forAll(integers().between(0, 2000)).checkAssert(extra -> {
      byte[] content = new byte[PNG.length + extra];
      System.arraycopy(PNG, 0, content, 0, PNG.length);
      AttachmentPolicy.Verdict v = POLICY.judge("report.exe", content);
      if (content.length <= 1024) {
        assertEquals("image/png", v.mediaType());
      } else {
        assertEquals(AttachmentPolicy.Refusal.TOO_LARGE, v.refusal());
      }
    });
  }

  @Test
  void theExamplesOfTheRules() {
    assertEquals("image/jpeg", POLICY.judge("scan", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).mediaType());
    assertEquals("application/pdf", POLICY.judge("x.bin", "%PDF-1.7\n".getBytes()).mediaType());
    assertEquals(AttachmentPolicy.Refusal.TYPE_NOT_ALLOWED, POLICY.judge("virus.pdf", "MZ\u0090\u0000".getBytes())
        .refusal(), "a program named .pdf");
    assertEquals(AttachmentPolicy.Refusal.EMPTY, POLICY.judge("empty.png", new byte[0]).refusal());
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      names.add("p" + i + ".png");
      contents.add(PNG);
    }
    names.add(2, "bad.txt");
    contents.add(2, "hello".getBytes());
    List<AttachmentPolicy.Verdict> verdicts = POLICY.judgeAll(names, contents);
    assertEquals(List.of(true, true, false, true, false, false), verdicts.stream().map(AttachmentPolicy.Verdict::accepted)
        .toList(), "three taken, a bad one refused for its type, the rest for the count: " + verdicts);
    assertEquals(AttachmentPolicy.Refusal.TOO_MANY, verdicts.get(5).refusal());
    assertFalse(AttachmentPolicy.contactCentre().judge("big.pdf", new byte[3 * 1024 * 1024 + 1]).accepted());
  }
}
