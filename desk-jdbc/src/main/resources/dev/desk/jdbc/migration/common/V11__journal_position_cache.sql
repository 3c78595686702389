-- desk schema 11: how many journal positions the database hands out between two writes of its counter. H2 writes
-- the whole store for each such write (with its default of 32, a third of a timer sweep's time); a position lost
-- in a crash leaves a gap, which readers of the journal feed already step over. The statement is the dialect's
-- ${journal_position_cache}.
${journal_position_cache};
