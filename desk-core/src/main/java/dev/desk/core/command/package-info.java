/**
 * What callers ask desk to do: {@link dev.desk.core.command.RegisterTicket} opens a ticket,
 * every {@link dev.desk.core.command.TicketCommand} changes one. Commands are plain values with
 * Jakarta Validation constraints; desk validates them all at once and answers bad input with one
 * {@link dev.desk.spi.error.ValidationException} listing every problem.
 */
package dev.desk.core.command;
