-- desk schema 14: what readers did with the knowledge base's suggestions (shown, opened, helped), appended and never
-- changed; a session's events are read together, read models follow the position. Each statement may run again
-- after a kill.
CREATE TABLE IF NOT EXISTS desk_suggestion_event (
  event_position ${identity_key},
  session_id VARCHAR(64) NOT NULL,
  step VARCHAR(16) NOT NULL,
  occurred_at BIGINT NOT NULL,
  actor_id VARCHAR(200) NOT NULL,
  article_id VARCHAR(64) NOT NULL,
  revision_number INT NOT NULL,
  suggestion_rank INT NOT NULL
) ${table_options};
CREATE INDEX IF NOT EXISTS desk_suggestion_event_session ON desk_suggestion_event (session_id);
