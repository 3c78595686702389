-- desk schema 3 (postgresql): the notification outbox, written in the same transaction as the events that plan
-- the notifications. Delivery leases rows (leased_until) so that of several nodes one delivers each.
CREATE TABLE IF NOT EXISTS desk_outbox (
  entry_key VARCHAR(80) NOT NULL PRIMARY KEY,
  ticket_id VARCHAR(36) NOT NULL,
  ticket_number VARCHAR(128) NOT NULL,
  notification TEXT NOT NULL,
  state VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at BIGINT,
  leased_until BIGINT,
  last_error TEXT,
  delivered_at BIGINT
);
-- a delivery round reads only what is pending and due
CREATE INDEX IF NOT EXISTS desk_outbox_due ON desk_outbox (state, next_attempt_at);
