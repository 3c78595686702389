/**
 * The entry point of desk: the {@link dev.desk.core.Desk} facade, made with
 * {@link dev.desk.core.Desk#builder()} or by Guice through {@link dev.desk.core.DeskModule}.
 *
 * <p>Sub-packages: {@code command} (what callers ask), {@code lifecycle} (lifecycles as data),
 * {@code journal} (the fold of a journal), {@code directory} (organisations and categories),
 * {@code numbering} (ticket numbers), {@code store} (the in-memory store), {@code plugin}
 * (plugin discovery). {@code internal} is not API.
 */
package dev.desk.core;
