package dev.desk.examples.cli;

import dev.desk.core.knowledge.ArticleFile;
import dev.desk.core.knowledge.ImportedArticle;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.core.knowledge.KnowledgeQuery;
import dev.desk.core.knowledge.SearchHit;
import dev.desk.core.knowledge.SearchResults;
import dev.desk.examples.demo.ContactCentreDemo;
import dev.desk.examples.demo.DemoKnowledge;
import dev.desk.jdbc.JdbcTicketStore;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.error.Violation;
import dev.desk.spi.ticket.Actor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code desk kb}: the demo contact centre's knowledge base in the H2 file (or the database of
 * {@code --db}): import articles from Markdown or YAML files, search, suggest for a request.
 */
@Command(name = "kb", mixinStandardHelpOptions = true,
    description = "The knowledge base of the demo contact centre, kept beside its tickets: import, search, suggest.",
    subcommands = {KbCommand.Import.class, KbCommand.Search.class, KbCommand.Suggest.class})
final class KbCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return DeskCommand.USAGE;
  }

  /** The base over the store, its index rebuilt in memory from the store. */
  static Opened open(StoreOptions storage) {
    JdbcTicketStore store = storage.open();
    return new Opened(store, KnowledgeBase.builder(store.knowledge(), ContactCentreDemo.directory()).build());
  }

  /** A store and the knowledge base over it, closed together. */
  record Opened(JdbcTicketStore store, KnowledgeBase kb) implements AutoCloseable {
    @Override
    public void close() {
      kb.close();
      store.close();
    }
  }

  /** Reading as staff, or as a requester of an organisation. */
  static final class ReaderRole {

    @Option(names = "--as-requester-of", paramLabel = "ORGANISATION",
        description = "Read as a requester of this organisation (public articles and those meant for it); "
            + "without it, as staff (every published article).")
    String organisation;

    Actor actor() {
      return organisation == null ? Actor.supervisor("desk-cli") : Actor.requester("desk-cli", organisation);
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Imports articles from Markdown files with a YAML front matter (.md) or YAML files (.yaml, .yml), "
          + "from the files and folders given, or the demo centre's own base with --demo. Every file is checked "
          + "first: one bad file and nothing is imported. Importing a file again writes only what changed.")
  static final class Import implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions storage;
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders of them.")
    private List<Path> paths = new ArrayList<>();
    @Option(names = "--demo", description = "Import the base the demo contact centre ships with.")
    private boolean demo;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (paths.isEmpty() && !demo) {
        throw new DeskException(ErrorCode.VALIDATION_FAILED, "Name the files or folders to import, or give --demo");
      }
      List<ArticleFile> files = new ArrayList<>(demo ? DemoKnowledge.articles() : List.of());
      for (Path path : articleFiles()) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
          files.add(ArticleFile.read(in, path.toString()));
        }
      }
      try (Opened o = open(storage)) {
        List<String> problems = new ArrayList<>();
        for (ArticleFile f : files) {
          for (Violation v : o.kb().problems(f)) {
            problems.add(f.id() + ": " + v.path() + ": " + v.message(Locale.ENGLISH));
          }
        }
        if (!problems.isEmpty()) {
          throw new DeskException(ErrorCode.VALIDATION_FAILED, "Nothing was imported:\n  "
              + String.join("\n  ", problems));
        }
        Actor author = Actor.supervisor("desk-cli");
        for (ArticleFile f : files) {
          ImportedArticle done = o.kb().importArticle(author, f, "imported by desk kb import");
          out.printf("%-9s %s (revision %d)%n", done.change().name().toLowerCase(Locale.ROOT), done.articleId(),
              done.revision());
        }
      }
      out.flush();
      return DeskCommand.OK;
    }

    private List<Path> articleFiles() throws IOException {
      List<Path> found = new ArrayList<>();
      for (Path p : paths) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile).filter(Import::isArticle).sorted().forEach(found::add);
          }
        } else if (Files.isRegularFile(p)) {
          found.add(p);
        } else {
          throw new DeskException(ErrorCode.VALIDATION_FAILED, p + ": no such file or folder");
        }
      }
      return found;
    }

    private static boolean isArticle(Path p) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml");
    }
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Searches the base: words (read with Russian and English morphology), \"quoted phrases\" and "
          + "prefixes (принт*).")
  static final class Search implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions storage;
    @Mixin
    private ReaderRole reader;
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for.")
    private List<String> text;
    @Option(names = "--locale", description = "Only articles in this language (ru, en).")
    private String locale;
    @Option(names = "--category", description = "Only articles of this category (emr, lis, pacs, appointments).")
    private String category;
    @Option(names = "--limit", defaultValue = "10", description = "At most this many hits. The default is ${DEFAULT-VALUE}.")
    private int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Opened o = open(storage)) {
        SearchResults found = o.kb().search(reader.actor(), new KnowledgeQuery(String.join(" ", text), locale, category,
            limit));
        out.println((found.exact() ? "" : "over ") + found.total() + " article(s) found");
        print(out, found.hits());
      }
      out.flush();
      return DeskCommand.OK;
    }
  }

  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = "Suggests articles for a request's text, each with why: the request's words it matched, whether "
          + "it is of the request's category, the tickets it resolved.")
  static final class Suggest implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions storage;
    @Mixin
    private ReaderRole reader;
    @Option(names = "--text", required = true, description = "The request, as the requester wrote it.")
    private String text;
    @Option(names = "--category", description = "The request's category: its articles rank higher.")
    private String category;
    @Option(names = "--locale", description = "The articles' language; the default is the request's own.")
    private String locale;
    @Option(names = "--limit", defaultValue = "5", description = "At most this many. The default is ${DEFAULT-VALUE}.")
    private int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Opened o = open(storage)) {
        List<SearchHit> hits = o.kb().suggest(reader.actor(), text, category, locale, limit);
        out.println(hits.isEmpty() ? "no article to suggest" : "suggested:");
        print(out, hits);
      }
      out.flush();
      return DeskCommand.OK;
    }
  }

  private static void print(PrintWriter out, List<SearchHit> hits) {
    int rank = 1;
    for (SearchHit h : hits) {
      out.printf("%2d. %s (revision %d, %s, %s) %s%n", rank++, h.articleId(), h.revision(), h.category(), h.locale(),
          h.title());
      List<String> why = new ArrayList<>();
      why.add("matched " + String.join(", ", h.matched()));
      if (h.sameCategory()) {
        why.add("of the request's category");
      }
      if (h.resolvedTickets() > 0) {
        why.add("resolved " + h.resolvedTickets() + " ticket(s)");
      }
      out.println("    " + String.join("; ", why));
    }
  }
}
