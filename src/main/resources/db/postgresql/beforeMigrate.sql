-- Run by Flyway before every migration on PostgreSQL only (never on the laptops' H2): the
-- migrations are written for H2, whose BLOB and CLOB types PostgreSQL does not have. Two domains
-- give them PostgreSQL's equivalents (bytea, text), so the same scripts, with the same checksums,
-- apply on both. Idempotent: an existing domain is kept.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'blob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN blob AS bytea;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS text;
    END IF;
END
$$;
