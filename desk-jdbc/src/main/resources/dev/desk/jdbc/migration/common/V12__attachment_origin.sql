-- desk schema 12: where each stored file came from, so that it joins only the tickets of those who may read where it
-- came from: the actor who stored it and the ticket it was stored for (none for a new request). Files stored before
-- have neither; only a supervisor or the system may use them. Each statement may run again after a kill.
ALTER TABLE desk_attachment ADD COLUMN IF NOT EXISTS stored_by VARCHAR(200);
ALTER TABLE desk_attachment ADD COLUMN IF NOT EXISTS stored_for VARCHAR(36);
