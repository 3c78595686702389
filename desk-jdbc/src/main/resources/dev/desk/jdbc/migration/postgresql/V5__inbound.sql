-- desk schema 5 (postgresql): the messages channels delivered, recorded with the commit they caused; the key
-- makes the same message twice fail, so it is a duplicate and never a second ticket.
CREATE TABLE IF NOT EXISTS desk_inbound (
  channel VARCHAR(64) NOT NULL,
  message_id VARCHAR(255) NOT NULL,
  ticket_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (channel, message_id)
);
