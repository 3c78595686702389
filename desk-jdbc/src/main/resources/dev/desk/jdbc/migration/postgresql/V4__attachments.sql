-- desk schema 4 (postgresql): attached files, their metadata beside their content; tickets keep only the id.
CREATE TABLE IF NOT EXISTS desk_attachment (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  file_name VARCHAR(255) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  size BIGINT NOT NULL,
  content BYTEA NOT NULL
);
