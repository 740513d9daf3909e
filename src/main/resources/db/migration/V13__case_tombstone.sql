-- On the server: a case deleted by a synchronisation keeps its case_revision row as a tombstone
-- (its revision incremented, who deleted it and when), so the other laptops learn of the deletion.
-- NULL while the case exists; cleared when a laptop that changed the case sends it back.
ALTER TABLE case_revision ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_revision ADD COLUMN deleted_by VARCHAR(63);
