-- Tamper-evident history: each entry's SHA-256 over its content and the previous entry's hash
-- (per case, in sequence order). NULL for entries recorded before the chain existed.
ALTER TABLE stage_history ADD COLUMN chain_hash VARCHAR(64);
