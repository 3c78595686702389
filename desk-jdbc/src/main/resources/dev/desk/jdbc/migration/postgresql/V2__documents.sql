-- desk schema 2 (postgresql): configuration kept whole and versioned beside the tickets (the service directory, escalation rules).
CREATE TABLE IF NOT EXISTS desk_document (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  content TEXT NOT NULL,
  saved_at BIGINT NOT NULL
);
