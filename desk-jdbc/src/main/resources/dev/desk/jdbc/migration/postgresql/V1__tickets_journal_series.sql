-- desk schema 1 (postgresql): tickets with the columns queries and the due-timer sweep use, the journal, counters.
-- Instants are epoch nanoseconds (BIGINT): exact, portable and ordered.
CREATE TABLE IF NOT EXISTS desk_ticket (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  ticket_number VARCHAR(128) NOT NULL,
  organisation_id VARCHAR(64) NOT NULL,
  status VARCHAR(64) NOT NULL,
  assignee VARCHAR(64),
  group_id VARCHAR(64),
  created_at BIGINT NOT NULL,
  next_due_at BIGINT,
  version BIGINT NOT NULL,
  snapshot TEXT NOT NULL,
  CONSTRAINT desk_ticket_number_unique UNIQUE (ticket_number)
);
CREATE INDEX IF NOT EXISTS desk_ticket_created ON desk_ticket (created_at, ticket_number);
CREATE INDEX IF NOT EXISTS desk_ticket_organisation ON desk_ticket (organisation_id, created_at);
CREATE INDEX IF NOT EXISTS desk_ticket_status ON desk_ticket (status, created_at);
CREATE INDEX IF NOT EXISTS desk_ticket_assignee ON desk_ticket (assignee, created_at);
CREATE INDEX IF NOT EXISTS desk_ticket_group ON desk_ticket (group_id, created_at);
-- the sweep reads only what is due: an index on the due instant
CREATE INDEX IF NOT EXISTS desk_ticket_due ON desk_ticket (next_due_at);

CREATE TABLE IF NOT EXISTS desk_journal (
  ticket_id VARCHAR(36) NOT NULL,
  seq BIGINT NOT NULL,
  occurred_at BIGINT NOT NULL,
  kind VARCHAR(64) NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (ticket_id, seq)
);

CREATE TABLE IF NOT EXISTS desk_series (
  name VARCHAR(128) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);
