package dev.desk.core.knowledge;

/**
 * How often answers linked an article in a period.
 *
 * @param articleId the article
 * @param title its title at the latest revision linked in the period
 * @param answers how many answers linked it
 */
public record ArticleUse(String articleId, String title, long answers) {}
