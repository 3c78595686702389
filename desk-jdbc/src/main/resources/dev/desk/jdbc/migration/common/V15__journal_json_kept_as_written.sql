-- desk schema 15: the journal's and the outbox's JSON as PostgreSQL's json instead of jsonb. json checks that the text
-- is JSON and keeps it as written; jsonb parses it into a binary form on every insert and prints it again on every
-- read, which measured about 3.7 us an event on insert and 2.4 us on read (a million journal events: insert 8.5 s
-- -> 4.8 s, read 3.6 s -> 1.2 s), on the path of every registration and of every read model that follows the
-- journal. It stays JSON to query (->>). H2 and MariaDB keep their text. The statement is the dialect's
-- ${json_kept_as_written}.
${json_kept_as_written};
