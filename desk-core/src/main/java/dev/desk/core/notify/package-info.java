/**
 * Delivery of planned notifications from the outbox through notifiers: leases so that one node
 * delivers each, a time budget per call, retries with growing pauses, a dead-letter list an
 * operator can re-queue from.
 */
package dev.desk.core.notify;
