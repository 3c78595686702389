-- desk schema 7 (every database; from here on one stream, what the databases spell differently are placeholders): the
-- journal's global position, which only grows, so read models and search indexes can follow the journal from any
-- point. It is the journal's key: rows are appended in its order, and a ticket's events are found through the unique
-- index on (ticket_id, seq), which the key was before.
${journal_keyed_by_position};
