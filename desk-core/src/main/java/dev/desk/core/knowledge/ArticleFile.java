package dev.desk.core.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.desk.core.internal.ConfigFiles;
import dev.desk.spi.error.DeskException;
import dev.desk.spi.error.ErrorCode;
import dev.desk.spi.knowledge.ArticleState;
import dev.desk.spi.knowledge.ArticleVisibility;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article as a file keeps it, for importing a base: Markdown with a YAML front matter, or YAML
 * with the text under {@code body}. The id is the article's for good, so importing the file again
 * revises that article instead of adding another.
 *
 * <pre>
 * ---
 * id: emr-printing-ru                 # lower-case letters, digits, . _ -
 * title: МИС не печатает рецепты
 * category: emr                       # one of the centre's categories
 * locale: ru
 * tags: [печать, принтер]
 * visibility: public                  # public (default), organisations or internal
 * organisations: [gkb-25]             # for visibility: organisations
 * state: published                    # published (default) or draft
 * ---
 * The text, plain with light markup.
 * </pre>
 *
 * @param id the article's id
 * @param draft its text and rules, checked when imported
 * @param state published or draft
 */
public record ArticleFile(String id, ArticleDraft draft, ArticleState state) {

  private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .addHandler(ConfigFiles.unknownKeys("id, title, category, locale, tags, visibility, organisations, state, body"))
      .build();
  private static final String FENCE = "---";

  /** Requires the parts; an archived file is refused (archiving is a decision, not an import). */
  public ArticleFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(draft, "draft");
    if (state != ArticleState.PUBLISHED && state != ArticleState.DRAFT) {
      throw new IllegalArgumentException("an imported article is published or a draft, not " + state);
    }
  }

  /**
   * The article a file holds.
   *
   * @param source names the file in messages
   * @throws DeskException {@code CONFIGURATION_INVALID} naming the line of a broken front matter or
   *     a missing id; the draft's own rules are checked when it is imported
   */
  public static ArticleFile read(Reader in, String source) {
    String text = ConfigFiles.text(in, source).replace("\r\n", "\n");
    String yaml = text;
    String body = null;
    if (text.startsWith(FENCE + "\n")) {
      int end = text.indexOf("\n" + FENCE + "\n", FENCE.length());
      int close = end >= 0 ? end : text.endsWith("\n" + FENCE) ? text.length() - FENCE.length() - 1 : -1;
      if (close < 0) {
        throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source
            + ": the front matter opened by --- on line 1 is never closed by a line of ---");
      }
      yaml = text.substring(FENCE.length() + 1, close + 1);
      body = text.substring(Math.min(text.length(), close + FENCE.length() + 2)).strip();
    }
    Definition d = ConfigFiles.read(new StringReader(yaml), source, MAPPER, Definition.class);
    if (d.id == null || d.id.isBlank()) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source + ": the article has no id");
    }
    if (body != null && d.body != null) {
      throw new DeskException(ErrorCode.CONFIGURATION_INVALID, source
          + ": the text is both under body and after the front matter; keep one");
    }
    ArticleDraft draft = new ArticleDraft(d.title, body != null ? body : d.body == null ? null : d.body.strip(),
        d.category, d.tags, d.locale, d.visibility, d.organisations);
    return new ArticleFile(d.id, draft, ArticleState.valueOf(d.state.name()));
  }

  /** The file's shape. */
  static final class Definition {
    public String id;
    public String title;
    public String category;
    public String locale;
    public List<String> tags = List.of();
    public ArticleVisibility visibility = ArticleVisibility.PUBLIC;
    public Set<String> organisations = Set.of();
    public ImportedState state = ImportedState.PUBLISHED;
    public String body;
  }

  /** The states a file may ask for. */
  enum ImportedState {
    PUBLISHED, DRAFT
  }
}
