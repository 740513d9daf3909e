-- Synchronisation between the laptops and the cellule's server (the same scripts run on both).
-- On the server: each case's revision, incremented by every push, with its author (the
-- PostgreSQL login) and the moment. No foreign key: a pushed case is deleted and inserted again.
CREATE TABLE case_revision (
    case_id    UUID        NOT NULL PRIMARY KEY,
    revision   BIGINT      NOT NULL,
    changed_by VARCHAR(63) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- On a laptop: what it last agreed with the server for each case (the server's revision, and the
-- case's updated_at as it was then). Unused on the server.
CREATE TABLE sync_base (
    case_id          UUID   NOT NULL PRIMARY KEY,
    server_revision  BIGINT NOT NULL,
    local_updated_at TIMESTAMP WITH TIME ZONE,
    synced_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- On a laptop: a case changed both here and on the server since the last agreement. The server's
-- version is kept here (a serialized case bundle) until the referent resolves it. Unused on the
-- server.
CREATE TABLE sync_conflict (
    case_id         UUID   NOT NULL PRIMARY KEY,
    server_revision BIGINT NOT NULL,
    server_copy     BLOB   NOT NULL,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
