/**
 * The knowledge base's storage SDK: {@link dev.desk.spi.knowledge.KnowledgeStore} keeps every
 * revision of every article, immutable, in the order they were made, so that a search index can
 * follow it and a ticket's answer can name the revision it sent. New and unsettled: it may change
 * before 1.0.
 */
package dev.desk.spi.knowledge;
