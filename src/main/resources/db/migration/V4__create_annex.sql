-- Contract annexes generated for a case file ("Annexes au contrat tripartite"), kept with their
-- bytes so a stored annex can be reopened and re-verified against its SHA-256.
CREATE TABLE contract_annex (
    id            UUID          NOT NULL PRIMARY KEY,
    case_id       UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rules_version VARCHAR(60)   NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    document_id   VARCHAR(16)   NOT NULL,
    is_final      BOOLEAN       NOT NULL,
    page_count    INTEGER       NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       BLOB          NOT NULL
);
CREATE INDEX contract_annex_case_idx ON contract_annex (case_id, generated_at);
