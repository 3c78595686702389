package dev.desk.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.desk.examples.cli.DeskCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's day ends with an HTML report; headless Chromium opens it with no network and draws
 * its four charts with their figures, not empty frames. Needs Debian's chromium ({@code .ci/run}
 * installs it).
 */
final class DemoReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern CANVAS = Pattern.compile("<canvas id=\"([a-z]+)\"[^>]*data-figures=\"(\\d+)\"");
  /** More than the legends' coloured boxes alone (at most five of 40 by 12 pixels). */
  private static final int FIGURES_DRAWN = 5_000;

  @Test
  void chromiumDrawsTheFourChartsOfTheDemosReport(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here (apt-get install chromium; .ci/run "
        + "installs it), so the demo's report is not opened in a browser");
    Path report = dir.resolve("report.html");
    assertEquals(0, DeskCommand.run("demo", "--in-memory", "--report", report.toString()));

    String dom = dump(report, dir.resolve("profile"));
    Map<String, Integer> figures = new LinkedHashMap<>();
    Matcher m = CANVAS.matcher(dom);
    while (m.find()) {
      figures.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    assertEquals(List.of("compliance", "backlog", "failures", "quality"), new ArrayList<>(figures.keySet()), dom);
    figures.forEach((chart, pixels) -> assertTrue(pixels > FIGURES_DRAWN, chart + " drew " + pixels
        + " pixels of its figures"));
  }

  /** The page's DOM after its scripts ran, as headless Chromium prints it; no network is used. */
  private static String dump(Path page, Path profile) throws IOException, InterruptedException {
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish");
    return dom;
  }
}
