/**
 * The inbound channel SDK: an {@link dev.desk.spi.channel.InboundChannel} turns outside messages
 * (e-mail, webhook calls, SMS) into {@link dev.desk.spi.channel.InboundMessage}s and hands them to
 * desk's {@link dev.desk.spi.channel.MessageSink} (push) or returns them when desk polls; desk
 * answers each with a {@link dev.desk.spi.channel.Receipt}.
 */
package dev.desk.spi.channel;
