package dev.desk.spi.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** Violations read in any language that has a bundle, English otherwise. */
final class ViolationTest {

  private static final String WORDS = "dev.desk.spi.error.plugin-words";

  private static Violation tooLarge() {
    return Violation.worded(WORDS, ViolationTest.class, "files[0]", "file.tooLarge", List.of("scan.pdf", "3"));
  }

  @Test
  void aLanguageIsAddedByABundleAlone() {
    Violation v = tooLarge();
    assertEquals("file scan.pdf is larger than 3 MB", v.message());
    assertEquals("файл scan.pdf больше 3 МБ", v.message(Locale.forLanguageTag("ru")));
    assertEquals("scan.pdf файлы 3 МБ-тан үлкен", v.message(Locale.forLanguageTag("kk")));
    assertEquals("file scan.pdf is larger than 3 MB", v.message(Locale.GERMAN), "no German bundle: English");
    assertEquals("file.tooLarge", v.key());
    assertEquals(List.of("scan.pdf", "3"), v.arguments());
  }

  @Test
  void theDefaultLocaleOfTheMachineNeverLeaksIn() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("ru"));
    try {
      assertEquals("file scan.pdf is larger than 3 MB", tooLarge().message(Locale.GERMAN));
      assertEquals("file scan.pdf is larger than 3 MB", tooLarge().message());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aPlainTextReadsTheSameInEveryLanguage() {
    Violation v = Violation.of("", "the scanner refused the file");
    assertEquals("the scanner refused the file", v.message(Locale.forLanguageTag("ru")));
    assertEquals("the scanner refused the file", v.toString());
  }

  @Test
  void equalWhenPathKeyArgumentsAndWordsAre() {
    assertEquals(tooLarge(), tooLarge());
    assertEquals(tooLarge().hashCode(), tooLarge().hashCode());
    assertNotEquals(tooLarge(), Violation.worded(WORDS, ViolationTest.class, "files[1]", "file.tooLarge",
        List.of("scan.pdf", "3")));
  }

  @Test
  void aKeyTheEnglishBundleLacksIsRefusedWhenTheViolationIsMade() {
    assertThrows(MissingResourceException.class,
        () -> Violation.worded(WORDS, ViolationTest.class, "", "no.such.key", List.of()));
  }

  @Test
  void theHeadingOfAValidationErrorIsWordedToo() {
    ValidationException e = new ValidationException(List.of(tooLarge()));
    assertEquals("Invalid input (1): files[0]: file scan.pdf is larger than 3 MB", e.getMessage());
    assertEquals("Ошибки во входных данных (1): files[0]: файл scan.pdf больше 3 МБ",
        e.describe(Locale.forLanguageTag("ru")));
  }
}
