-- desk schema 9: named counters that decisions read and commits move (an agent's open tickets and load, a group's
-- turn), kept here so that every node sharing the database reads the same workload. A row is made once, at 0.
CREATE TABLE IF NOT EXISTS desk_counter (
  name VARCHAR(128) NOT NULL PRIMARY KEY,
  counter_value BIGINT NOT NULL
) ${table_options};
