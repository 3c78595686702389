-- desk schema 2 (h2): configuration kept whole and versioned beside the tickets (the service directory, escalation rules).
CREATE TABLE IF NOT EXISTS desk_document (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  content CHARACTER VARYING(10000000) NOT NULL,
  saved_at BIGINT NOT NULL
);
