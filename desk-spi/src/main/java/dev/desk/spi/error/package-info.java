/**
 * The one unchecked exception family of desk. Every exception carries a stable
 * {@link dev.desk.spi.error.ErrorCode}; subclasses exist only where callers catch them.
 */
package dev.desk.spi.error;
