/** An SMS notifier that sends through an HTTP gateway API. Written against desk-spi alone. */
package dev.desk.plugins.sms;
