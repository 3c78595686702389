/**
 * An HTTP webhook channel on the JDK's HTTP server: signed JSON messages in, receipts out.
 * Written against desk-spi alone (and Jackson for JSON).
 */
package dev.desk.plugins.webhook;
