-- The home screen and the budget read every territory as a summary (number of communes and
-- population by source and vintage, GROUP BY over every commune of every case): with this index,
-- which holds every column that query reads, the database adds up in the index's order instead of
-- reading and hashing each commune row — about half the time on a first read of 56 000 rows.
CREATE INDEX territory_commune_summary_idx
    ON territory_commune (case_id, population_source, population_vintage, population);
