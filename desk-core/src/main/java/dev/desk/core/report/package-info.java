/**
 * Reports read from the journal, never from mutable ticket columns: SLA compliance per target,
 * backlog with its ageing, inflow and outflow. {@link dev.desk.core.report.ReportModel} is the
 * read model a host feeds from the journal ({@code desk.follow(model, 0)}) and can rebuild;
 * {@link dev.desk.core.report.Reports} answers a reader with only what they may see. Each report
 * carries the versioned definition of its figures.
 */
package dev.desk.core.report;
