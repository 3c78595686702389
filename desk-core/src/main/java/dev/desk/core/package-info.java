/**
 * The entry point of desk: the {@link dev.desk.core.Desk} facade, made with
 * {@link dev.desk.core.Desk#builder()} or by Guice through {@link dev.desk.core.DeskModule}, and
 * {@link dev.desk.core.DeskRunner}, the optional runner a host may start.
 *
 * <p>Sub-packages: {@code engine} (the one decision path and the {@code Feature} extension
 * interface), {@code feature} (desk's own features), {@code view} (what a requester reads),
 * {@code command} (what callers ask), {@code lifecycle} (lifecycles as data), {@code journal}
 * (the fold of a journal and the journal follower), {@code directory} (organisations and
 * categories), {@code numbering} (ticket numbers), {@code store} (the in-memory store), {@code
 * plugin} (plugins at run time), {@code knowledge} (the knowledge base). {@code internal} is not API.
 */
package dev.desk.core;
