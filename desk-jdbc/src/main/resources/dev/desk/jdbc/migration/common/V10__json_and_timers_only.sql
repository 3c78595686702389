-- desk schema 10: the journal's and the outbox's JSON as JSON where the database has a type for it: jsonb on
-- PostgreSQL (checked on write, queryable by reports); H2 and MariaDB keep the text they had. The statements are the dialect's ${json_columns}.
${json_columns};
-- the sweep reads desk_timer (schema 8): the one due instant per ticket, and its index, are gone
${drop_ticket_due_index};
ALTER TABLE desk_ticket DROP COLUMN IF EXISTS next_due_at;
