-- desk schema 2 (mariadb): configuration kept whole and versioned beside the tickets (the service directory, escalation rules).
CREATE TABLE IF NOT EXISTS desk_document (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  content LONGTEXT NOT NULL,
  saved_at BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
