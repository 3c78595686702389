-- desk schema 8: timers of any kind as durable rows, one per ticket and kind (SLA clocks, escalation's next look,
-- and every later feature's). The sweep reads only what is due through the index on the due instant.
CREATE TABLE IF NOT EXISTS desk_timer (
  ticket_id VARCHAR(36) NOT NULL,
  kind VARCHAR(64) NOT NULL,
  due_at BIGINT NOT NULL,
  PRIMARY KEY (ticket_id, kind)
) ${table_options};
CREATE INDEX IF NOT EXISTS desk_timer_due ON desk_timer (due_at, ticket_id, kind);
-- the one due instant tickets had before: a look at everything, after which each feature sets its own timers
-- (each statement may run again after a kill: what is there already is kept)
INSERT INTO desk_timer (ticket_id, kind, due_at) SELECT t.id, 'desk.due', t.next_due_at FROM desk_ticket t
  WHERE t.next_due_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM desk_timer d WHERE d.ticket_id = t.id AND d.kind = 'desk.due');
