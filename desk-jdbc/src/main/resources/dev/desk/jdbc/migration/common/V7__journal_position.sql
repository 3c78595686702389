-- desk schema 7 (every database; from here on one stream, the types that differ are placeholders): the journal's
-- global position, which only grows, so read models and search indexes can follow the journal from any point.
ALTER TABLE desk_journal ADD COLUMN global_position ${unique_identity};
