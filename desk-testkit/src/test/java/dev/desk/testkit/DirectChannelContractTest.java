package dev.desk.testkit;

import dev.desk.spi.channel.InboundChannel;

/** desk's own push channel passes the channel compatibility suite. */
final class DirectChannelContractTest extends ChannelContract {

  @Override
  protected InboundChannel newChannel() {
    return new DirectChannel();
  }

  @Override
  protected void send(InboundChannel channel, Outgoing message) {
    ((DirectChannel) channel).push(message);
  }
}
