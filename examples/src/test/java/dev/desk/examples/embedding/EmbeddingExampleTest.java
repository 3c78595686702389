package dev.desk.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.desk.spi.ticket.TicketSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class EmbeddingExampleTest {

  @Test
  void theReadmeExampleResolvesItsTicket() {
    TicketSnapshot ticket = EmbeddingExample.run();

    assertEquals("RESOLVED", ticket.status());
    assertEquals("petrov", ticket.assignee());
    assertEquals(6, ticket.version(), "registration, urgency judgement, assignment, start, resolution");
  }

  @Test
  void theReadmeQuotesTheExampleAsItCompiles() throws IOException {
    String source = Files.readString(Path.of("src/main/java/dev/desk/examples/embedding/EmbeddingExample.java"));
    String snippet = source.substring(source.indexOf("// README:BEGIN\n") + 16, source.indexOf("// README:END"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(snippet.stripIndent()), "README.md must quote EmbeddingExample between README:BEGIN/END");
  }
}
