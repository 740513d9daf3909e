-- Today's contracts (avenant 2): rules versions a cellule confirms or imports, kept in the
-- database; the contract's own amounts with who entered them and why; the crises the ARS
-- recognised and the crisis plan's yearly updates; amendments to running contracts; the file
-- the first payment needs.

-- A rules version confirmed by the cellule or imported (a rules file, format 2); never changed.
CREATE TABLE rules_version (
    id          VARCHAR(60)   NOT NULL PRIMARY KEY,
    content     CLOB          NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    position    INTEGER       NOT NULL
);

-- Who entered a contract's own amount, when and why.
ALTER TABLE contract_entered_amount ADD COLUMN entered_by VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE contract_entered_amount ADD COLUMN entered_on DATE;
ALTER TABLE contract_entered_amount ADD COLUMN reason VARCHAR(1000) NOT NULL DEFAULT '';

-- Serious health crises the ARS recognised on the CPTS's territory (crisis mission).
CREATE TABLE crisis_recognition (
    id             UUID          NOT NULL PRIMARY KEY,
    case_id        UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    recognised_on  DATE          NOT NULL,
    reference      VARCHAR(200)  NOT NULL DEFAULT '',
    comment        VARCHAR(2000) NOT NULL DEFAULT ''
);
CREATE INDEX crisis_recognition_case_idx ON crisis_recognition (case_id, recognised_on);

-- The crisis plan: written in contract year 1, updated each year (one row per contract year).
CREATE TABLE crisis_plan (
    case_id        UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    contract_year  INTEGER       NOT NULL,
    done_on        DATE          NOT NULL,
    comment        VARCHAR(2000) NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, contract_year)
);

-- Amendments to a running contract (« avenant au contrat »).
CREATE TABLE contract_amendment (
    id                    UUID          NOT NULL PRIMARY KEY,
    case_id               UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    number                INTEGER       NOT NULL,
    effective_date        DATE          NOT NULL,
    rules_version_id      VARCHAR(60),
    operating_complement  BOOLEAN       NOT NULL DEFAULT FALSE,
    size_class            INTEGER,
    reason                VARCHAR(2000) NOT NULL DEFAULT '',
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contract_amendment_number UNIQUE (case_id, number)
);

-- Missions an amendment adds (ADD) or whose start date it changes (START).
CREATE TABLE contract_amendment_mission (
    amendment_id  UUID         NOT NULL REFERENCES contract_amendment (id) ON DELETE CASCADE,
    change        VARCHAR(10)  NOT NULL,
    mission       VARCHAR(20)  NOT NULL,
    start_date    DATE,
    PRIMARY KEY (amendment_id, mission)
);

-- The file the first payment needs (besides the statutes of the health project stage).
CREATE TABLE first_payment_file (
    case_id       UUID         NOT NULL PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    rib_received  DATE,
    siret         VARCHAR(14)  NOT NULL DEFAULT '',
    finess        VARCHAR(9)   NOT NULL DEFAULT '',
    version       INTEGER      NOT NULL
);
