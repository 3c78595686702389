/**
 * The thread-safe in-memory {@link dev.desk.core.store.InMemoryTicketStore}: the default store
 * of tests and of hosts that keep nothing across restarts. Also offered to plugin discovery as
 * the store kind {@code memory}. {@link dev.desk.core.store.InMemoryKnowledgeStore} keeps the
 * knowledge base's articles the same way.
 */
package dev.desk.core.store;
