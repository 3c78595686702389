package dev.desk.examples.demo;

import dev.desk.core.knowledge.ArticleFile;
import dev.desk.core.knowledge.ImportedArticle;
import dev.desk.core.knowledge.KnowledgeBase;
import dev.desk.spi.ticket.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo contact centre's knowledge base: answers to the questions its EMR, LIS, PACS and
 * appointment users ask most, in Russian and English, shipped as Markdown files in the jar
 * ({@code knowledge/*.md}, listed in {@code knowledge/articles.list}).
 */
public final class DemoKnowledge {

  private static final String FOLDER = "knowledge/";

  private DemoKnowledge() {}

  /** The base's files, read from the classpath. */
  public static List<ArticleFile> articles() {
    List<ArticleFile> files = new ArrayList<>();
    for (String name : resource("articles.list").lines().filter(l -> !l.isBlank()).toList()) {
      files.add(ArticleFile.read(new StringReader(resource(name)), FOLDER + name));
    }
    return files;
  }

  /** Imports the base (published), as {@code author}; importing it again writes nothing. */
  public static List<ImportedArticle> load(KnowledgeBase kb, Actor author) {
    return articles().stream().map(f -> kb.importArticle(author, f, "the demo centre's knowledge base")).toList();
  }

  private static String resource(String name) {
    try (InputStream in = DemoKnowledge.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the demo's knowledge base lacks " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
