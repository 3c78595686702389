/**
 * The knowledge base: articles with immutable revisions (SDK {@link dev.desk.spi.knowledge}),
 * written by staff through {@link dev.desk.core.knowledge.KnowledgeBase}, read by requesters as
 * {@link dev.desk.core.knowledge.ArticleView}, found by a Lucene search with Russian and English
 * morphology whose every query carries who may read what, and suggested for a request's text.
 */
package dev.desk.core.knowledge;
