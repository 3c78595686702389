package dev.desk.core.knowledge;

import dev.desk.core.command.Limits;
import dev.desk.spi.knowledge.ArticleVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An article's text and rules as an author gives them, for a first revision or an edit; checked
 * by {@link KnowledgeBase} (with the names of the broken fields) before anything is stored.
 *
 * @param title the title
 * @param body plain text with light markup
 * @param category the id of one of the centre's categories
 * @param tags words for search, at most {@value #MAX_TAGS}
 * @param locale the language it is written in, one the knowledge base takes
 * @param visibility who may read it
 * @param organisations whose requesters may read it, for {@link ArticleVisibility#ORGANISATIONS} only
 */
public record ArticleDraft(
    @NotBlank @Size(max = MAX_TITLE) String title,
    @NotBlank @Size(max = MAX_BODY) String body,
    @NotBlank @Size(max = Limits.ID) String category,
    @NotNull @Size(max = MAX_TAGS) List<@NotBlank @Size(max = MAX_TAG) String> tags,
    @NotBlank @Size(max = 16) String locale,
    @NotNull ArticleVisibility visibility,
    @NotNull @Size(max = 1000) Set<@NotBlank @Size(max = Limits.ID) String> organisations) {

  /** The longest title, in characters. */
  public static final int MAX_TITLE = 200;
  /** The longest body, in characters (about 40 printed pages). */
  public static final int MAX_BODY = 100_000;
  /** The most tags. */
  public static final int MAX_TAGS = 30;
  /** The longest tag, in characters. */
  public static final int MAX_TAG = 60;

  /** Copies the collections; nulls are left for the check to name. */
  public ArticleDraft {
    tags = tags == null ? null : List.copyOf(tags);
    organisations = organisations == null ? null : Set.copyOf(organisations);
  }

  /** A public article without tags. */
  public static ArticleDraft of(String title, String body, String category, String locale) {
    return new ArticleDraft(title, body, category, List.of(), locale, ArticleVisibility.PUBLIC, Set.of());
  }

  /** The same with these tags. */
  public ArticleDraft tagged(String... words) {
    return new ArticleDraft(title, body, category, List.of(words), locale, visibility, organisations);
  }

  /** The same, readable by requesters of these organisations only (and staff). */
  public ArticleDraft forOrganisations(String... ids) {
    return new ArticleDraft(title, body, category, tags, locale, ArticleVisibility.ORGANISATIONS, Set.of(ids));
  }

  /** The same, for staff only. */
  public ArticleDraft internal() {
    return new ArticleDraft(title, body, category, tags, locale, ArticleVisibility.INTERNAL, Set.of());
  }

  /** The same with this text. */
  public ArticleDraft withText(String newTitle, String newBody) {
    return new ArticleDraft(newTitle, newBody, category, tags, locale, visibility, organisations);
  }
}
