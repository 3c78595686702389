-- desk schema 6 (postgresql): the claim queries order by these columns and stop at their limit; the tie-breakers
-- join the indexes, as on H2, so that version 6 means the same schema on every database.
DROP INDEX IF EXISTS desk_ticket_due;
CREATE INDEX IF NOT EXISTS desk_ticket_due ON desk_ticket (next_due_at, id);
DROP INDEX IF EXISTS desk_outbox_due;
CREATE INDEX IF NOT EXISTS desk_outbox_due ON desk_outbox (state, next_attempt_at, entry_key);
