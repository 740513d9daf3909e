-- Case content: territory, people and organisations, missions with actions and indicators,
-- attached documents.

CREATE TABLE territory_commune (
    case_id            UUID         NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    insee_code         VARCHAR(5)   NOT NULL,
    name               VARCHAR(200) NOT NULL,
    departement        VARCHAR(3)   NOT NULL DEFAULT '',
    population         INTEGER      NOT NULL,
    population_source  VARCHAR(200) NOT NULL DEFAULT '',
    population_vintage VARCHAR(40)  NOT NULL DEFAULT '',
    override_reason    VARCHAR(1000) NOT NULL DEFAULT '',
    position           INTEGER      NOT NULL,
    PRIMARY KEY (case_id, insee_code)
);
CREATE INDEX territory_commune_insee_idx ON territory_commune (insee_code);

CREATE TABLE person (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind        VARCHAR(40)   NOT NULL,
    profession  VARCHAR(40),
    name        VARCHAR(200)  NOT NULL,
    organisation VARCHAR(200) NOT NULL DEFAULT '',
    commune     VARCHAR(200)  NOT NULL DEFAULT '',
    roles       VARCHAR(400)  NOT NULL DEFAULT '',
    email       VARCHAR(200)  NOT NULL DEFAULT '',
    phone       VARCHAR(40)   NOT NULL DEFAULT '',
    rpps        VARCHAR(11)   NOT NULL DEFAULT '',
    finess      VARCHAR(9)    NOT NULL DEFAULT '',
    joined_on   DATE,
    notes       VARCHAR(4000) NOT NULL DEFAULT '',
    position    INTEGER       NOT NULL
);
CREATE INDEX person_case_idx ON person (case_id);

CREATE TABLE case_mission (
    case_id          UUID        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    mission          VARCHAR(20) NOT NULL,
    chosen           BOOLEAN     NOT NULL DEFAULT FALSE,
    start_date       DATE,
    snp_orientation  BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_id, mission)
);

CREATE TABLE mission_action (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    mission     VARCHAR(20)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(4000) NOT NULL DEFAULT '',
    pilot       VARCHAR(200)  NOT NULL DEFAULT '',
    partners    VARCHAR(1000) NOT NULL DEFAULT '',
    calendar    VARCHAR(1000) NOT NULL DEFAULT '',
    position    INTEGER       NOT NULL
);
CREATE INDEX mission_action_case_idx ON mission_action (case_id);

CREATE TABLE indicator (
    id          UUID           NOT NULL PRIMARY KEY,
    case_id     UUID           NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    mission     VARCHAR(20)    NOT NULL,
    label       VARCHAR(300)   NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    unit        VARCHAR(60)    NOT NULL DEFAULT '',
    baseline    DECIMAL(14, 2),
    direction   VARCHAR(20)    NOT NULL,
    weight      DECIMAL(8, 2)  NOT NULL DEFAULT 1,
    position    INTEGER        NOT NULL
);
CREATE INDEX indicator_case_idx ON indicator (case_id);

-- Target and measured value of an indicator for one contract year (1..5).
CREATE TABLE indicator_year (
    indicator_id  UUID           NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    contract_year INTEGER        NOT NULL,
    target        DECIMAL(14, 2),
    measured      DECIMAL(14, 2),
    PRIMARY KEY (indicator_id, contract_year)
);

-- The referent's override of a mission's achievement rate for one contract year, with its reason.
CREATE TABLE mission_rate_override (
    case_id       UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    mission       VARCHAR(20)   NOT NULL,
    contract_year INTEGER       NOT NULL,
    rate          DECIMAL(5, 4) NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (case_id, mission, contract_year)
);

CREATE TABLE case_document (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind        VARCHAR(40)   NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL DEFAULT 'application/octet-stream',
    size_bytes  BIGINT        NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    content     BLOB          NOT NULL,
    document_date DATE,
    note        VARCHAR(2000) NOT NULL DEFAULT '',
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_document_case_idx ON case_document (case_id);
