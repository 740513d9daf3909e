-- Who a case file is assigned to on the cellule's server: the PostgreSQL login name of the
-- referent (row-level security there lets that referent write the case). NULL on a laptop that
-- has never been connected to a server.
ALTER TABLE case_file ADD COLUMN assigned_to VARCHAR(63);
