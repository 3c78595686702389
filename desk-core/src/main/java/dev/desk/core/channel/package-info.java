/**
 * Requests that come as messages: the {@link dev.desk.core.channel.Inbox} takes what inbound
 * channels deliver, drops duplicates, threads replies onto their tickets, resolves senders,
 * judges attachments and registers the rest, or answers what facts are missing.
 */
package dev.desk.core.channel;
