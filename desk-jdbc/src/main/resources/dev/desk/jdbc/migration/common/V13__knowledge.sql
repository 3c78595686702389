-- desk schema 13: the knowledge base's articles, every revision appended and never changed. The position only grows
-- (search indexes follow it); the article's revisions are numbered without gaps, the unique index keeps two authors
-- from both storing the same next revision. Each statement may run again after a kill.
CREATE TABLE IF NOT EXISTS desk_article_revision (
  revision_position ${identity_key},
  article_id VARCHAR(64) NOT NULL,
  revision_number INT NOT NULL,
  content ${text} NOT NULL,
  made_at BIGINT NOT NULL
) ${table_options};
CREATE UNIQUE INDEX IF NOT EXISTS desk_article_revision_number ON desk_article_revision (article_id, revision_number);
