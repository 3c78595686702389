/**
 * The storage SPI: where tickets and their journals live. desk-core ships an in-memory
 * {@link dev.desk.spi.storage.TicketStore}; desk-jdbc one on relational databases. A third
 * party's store proves itself with the compatibility suite in desk-testkit.
 */
package dev.desk.spi.storage;
