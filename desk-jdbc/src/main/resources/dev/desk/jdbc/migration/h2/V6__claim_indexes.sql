-- desk schema 6 (h2): the claim queries order by these columns and stop at their limit; H2 walks an
-- index in order only when the index holds every ORDER BY column, so the tie-breakers join the indexes.
DROP INDEX IF EXISTS desk_ticket_due;
CREATE INDEX IF NOT EXISTS desk_ticket_due ON desk_ticket (next_due_at, id);
DROP INDEX IF EXISTS desk_outbox_due;
CREATE INDEX IF NOT EXISTS desk_outbox_due ON desk_outbox (state, next_attempt_at, entry_key);
