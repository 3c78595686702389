package dev.desk.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.desk.core.Desk;
import dev.desk.testkit.FakeClock;
import dev.desk.testkit.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** desk's settings added to a URL: small pages for embedded H2 files, batched inserts on PostgreSQL; never over the URL's own. */
final class TunedUrlTest {

  @Test
  void anEmbeddedFileGetsSmallPagesUnlessItsUrlSaysOtherwise() {
    assertEquals("jdbc:h2:file:/data/desk;PAGE_SIZE=2048;MAX_COMPACT_TIME=0;WRITE_DELAY=0",
        JdbcTicketStore.Builder.tuned("jdbc:h2:file:/data/desk"));
    assertEquals("jdbc:h2:./desk;page_size=4096;MAX_COMPACT_TIME=0;WRITE_DELAY=0",
        JdbcTicketStore.Builder.tuned("jdbc:h2:./desk;page_size=4096"));
    assertEquals("jdbc:h2:./desk;max_compact_time=100;write_delay=10;PAGE_SIZE=2048",
        JdbcTicketStore.Builder.tuned("jdbc:h2:./desk;max_compact_time=100;write_delay=10"));
    assertEquals("jdbc:h2:tcp://db/desk", JdbcTicketStore.Builder.tuned("jdbc:h2:tcp://db/desk"));
    assertEquals("jdbc:h2:mem:t", JdbcTicketStore.Builder.tuned("jdbc:h2:mem:t"));
    assertEquals("jdbc:postgresql://127.0.0.1/test?reWriteBatchedInserts=true",
        JdbcTicketStore.Builder.tuned("jdbc:postgresql://127.0.0.1/test"));
    assertEquals("jdbc:postgresql://db/test?user=desk&reWriteBatchedInserts=true",
        JdbcTicketStore.Builder.tuned("jdbc:postgresql://db/test?user=desk"));
    assertEquals("jdbc:postgresql://db/test?rewritebatchedinserts=false",
        JdbcTicketStore.Builder.tuned("jdbc:postgresql://db/test?rewritebatchedinserts=false"));
  }

  @Test
  void aDatabaseMadeWithH2sDefaultPagesOpensAndKeepsItsTickets(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath();
    String number;
    try (JdbcTicketStore before = JdbcTicketStore.builder().url(url + ";PAGE_SIZE=16384").build()) {
      number = Desk.builder().clock(FakeClock.at("2026-03-16T09:00:00+03:00")).store(before)
          .directory(Fixtures.directory()).build().register(Fixtures.SYSTEM, Fixtures.hospitalTicket().build()).number();
    }
    try (JdbcTicketStore after = JdbcTicketStore.builder().url(url).build()) {
      assertEquals(number, after.findByNumber(number).orElseThrow().number());
    }
  }
}
