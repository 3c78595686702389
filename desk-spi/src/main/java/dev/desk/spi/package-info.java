/**
 * The desk plugin SDK. A plugin implements {@link dev.desk.spi.DeskPlugin}, lists it in
 * {@code META-INF/services/dev.desk.spi.DeskPlugin}, and contributes extensions (today: ticket
 * stores) through methods that all default to "nothing".
 *
 * <p>Sub-packages: {@code ticket} (the values a plugin receives), {@code journal} (what happened
 * to a ticket), {@code storage} (the storage SPI), {@code error} (the one exception family).
 *
 * <p>Stability: everything here is API. It has no runtime dependencies, so a plugin brings only
 * what it needs itself.
 */
package dev.desk.spi;
