package dev.desk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk kb}: import, search and suggest on the H2 file, as a user runs them. */
final class KbCommandTest {

  @Test
  void theDemoBaseImportsOnceAndIsSearchedAndSuggestedWithWhy(@TempDir Path dir) {
    String data = dir.toString();
    CliRun first = CliRun.run("kb", "import", "--demo", "--data-dir", data);
    assertEquals(0, first.status(), first.err());
    assertEquals(32, first.out().lines().filter(l -> l.startsWith("created")).count(), first.out());
    CliRun again = CliRun.run("kb", "import", "--demo", "--data-dir", data);
    assertEquals(32, again.out().lines().filter(l -> l.startsWith("unchanged")).count(), again.out());

    CliRun suggest = CliRun.run("kb", "suggest", "--data-dir", data, "--category", "emr", "--text",
        "Добрый день, печать не идёт, нажимаю печать и ничего");
    assertEquals(0, suggest.status(), suggest.err());
    assertTrue(suggest.out().contains(" 1. emr-printing-ru (revision 2, emr, ru)"), suggest.out());
    assertTrue(suggest.out().contains("matched печать; of the request's category"), suggest.out());

    CliRun search = CliRun.run("kb", "search", "--data-dir", data, "--locale", "en", "barcode label*");
    assertTrue(search.out().contains(" 1. lis-labels-en"), search.out());
  }

  @Test
  void oneBadFileAndNothingIsImported(@TempDir Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("good.md"), "---\nid: good\ntitle: Good\ncategory: emr\nlocale: en\n---\nText.");
    Files.writeString(articles.resolve("bad.yaml"), "id: bad\ntitle: Bad\ncategory: plumbing\nlocale: de\nbody: x\n");
    CliRun bad = CliRun.run("kb", "import", articles.toString(), "--data-dir", dir.toString());
    assertEquals(1, bad.status());
    assertTrue(bad.err().contains("Nothing was imported") && bad.err().contains("bad: category")
        && bad.err().contains("bad: locale"), bad.err());
    CliRun search = CliRun.run("kb", "search", "--data-dir", dir.toString(), "good");
    assertTrue(search.out().startsWith("0 article(s) found"), search.out());
  }
}
