/**
 * Storage on relational databases: {@link dev.desk.jdbc.JdbcTicketStore} implements the storage
 * SPI with MyBatis on H2 (the embedded default), PostgreSQL and MariaDB, with schema
 * migrations by Flyway (one schema per dialect) and a HikariCP pool when given a JDBC URL. It is
 * also offered to plugin discovery as the store kind {@code jdbc}. {@link
 * dev.desk.jdbc.JdbcKnowledgeStore} keeps the knowledge base's articles in the same database. {@code internal} is not API.
 */
package dev.desk.jdbc;
