-- One row per CPTS project followed by the referent (a "dossier").
CREATE TABLE case_file (
    id          UUID          NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    departement VARCHAR(3)    NOT NULL,
    referent    VARCHAR(200)  NOT NULL DEFAULT '',
    notes       VARCHAR(10000) NOT NULL DEFAULT '',
    stage       VARCHAR(32)   NOT NULL,
    archived    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX case_file_updated_idx ON case_file (updated_at);
