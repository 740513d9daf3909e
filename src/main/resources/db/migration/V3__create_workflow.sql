-- Guided workflow: what each stage asks for, the meetings with their next actions, the history
-- of transitions and decisions, the yearly follow-up of a signed contract, and the referent's
-- settings. One row per case and stage form, created on first save; `version` is the
-- optimistic-locking counter of rows two windows could edit at once.

-- Pré-projet: first contact with the ARS and/or the CPAM, problems and stakes.
CREATE TABLE stage_pre_project (
    case_id             UUID          NOT NULL PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    first_contact_date  DATE,
    first_contact_with  VARCHAR(10),
    problems            VARCHAR(10000) NOT NULL DEFAULT '',
    version             INTEGER       NOT NULL
);

-- Lettre d'intention: content checklist (LetterItem codes, comma-separated), sending to the
-- ARS, joint ARS/AM decision, optional FIR start-up grant.
CREATE TABLE stage_letter_of_intent (
    case_id             UUID          NOT NULL PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    received_date       DATE,
    content_items       VARCHAR(200)  NOT NULL DEFAULT '',
    sent_to_ars_date    DATE,
    decision            VARCHAR(20),
    decision_date       DATE,
    decision_comments   VARCHAR(4000) NOT NULL DEFAULT '',
    seed_grant_amount   DECIMAL(14, 2),
    seed_grant_date     DATE,
    version             INTEGER       NOT NULL
);

-- Projet de santé: the association, the territorial diagnosis checklist (DiagnosisItem codes),
-- reception and validations.
CREATE TABLE stage_health_project (
    case_id                     UUID          NOT NULL PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    association_name            VARCHAR(300)  NOT NULL DEFAULT '',
    rna                         VARCHAR(10)   NOT NULL DEFAULT '',
    statutes_date               DATE,
    constitutive_assembly_date  DATE,
    seat                        VARCHAR(300)  NOT NULL DEFAULT '',
    president_id                UUID REFERENCES person (id) ON DELETE SET NULL,
    coordinator_id              UUID REFERENCES person (id) ON DELETE SET NULL,
    diagnosis_items             VARCHAR(200)  NOT NULL DEFAULT '',
    received_date               DATE,
    ars_validation_date         DATE,
    am_validation_date          DATE,
    version                     INTEGER       NOT NULL
);

-- Négociation et signature: the figures the contract pays on, the signatories, the signature.
CREATE TABLE stage_negotiation (
    case_id                     UUID          NOT NULL PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    confirmed_population        BIGINT,
    population_source           VARCHAR(200)  NOT NULL DEFAULT '',
    population_vintage          VARCHAR(40)   NOT NULL DEFAULT '',
    size_class_confirmed        BOOLEAN       NOT NULL DEFAULT FALSE,
    rules_version_id            VARCHAR(60),
    size_class_override         INTEGER,
    size_class_override_reason  VARCHAR(1000) NOT NULL DEFAULT '',
    cpts_signatory_name         VARCHAR(200)  NOT NULL DEFAULT '',
    cpts_signatory_quality      VARCHAR(200)  NOT NULL DEFAULT '',
    cpam_signatory_name         VARCHAR(200)  NOT NULL DEFAULT '',
    cpam_signatory_quality      VARCHAR(200)  NOT NULL DEFAULT '',
    ars_signatory_name          VARCHAR(200)  NOT NULL DEFAULT '',
    ars_signatory_quality       VARCHAR(200)  NOT NULL DEFAULT '',
    cpam_name                   VARCHAR(200)  NOT NULL DEFAULT '',
    ars_name                    VARCHAR(200)  NOT NULL DEFAULT '',
    signature_date              DATE,
    signature_place             VARCHAR(200)  NOT NULL DEFAULT '',
    version                     INTEGER       NOT NULL
);

-- Annual amounts agreed for barème lines « à confirmer » of the contract's rules version
-- (line = LineKey code, e.g. OPERATING or CRISIS.FIXED).
CREATE TABLE contract_entered_amount (
    case_id  UUID           NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    line     VARCHAR(40)    NOT NULL,
    amount   DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (case_id, line)
);

-- Meeting log of a case (field use: fast entry).
CREATE TABLE meeting (
    id                  UUID           NOT NULL PRIMARY KEY,
    case_id             UUID           NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    meeting_date        DATE           NOT NULL,
    meeting_time        TIME,
    place               VARCHAR(300)   NOT NULL DEFAULT '',
    kind                VARCHAR(40)    NOT NULL,
    other_participants  VARCHAR(2000)  NOT NULL DEFAULT '',
    agenda              VARCHAR(10000) NOT NULL DEFAULT '',
    decisions           VARCHAR(10000) NOT NULL DEFAULT '',
    version             INTEGER        NOT NULL
);
CREATE INDEX meeting_case_idx ON meeting (case_id, meeting_date);

-- Participants among the case's people.
CREATE TABLE meeting_participant (
    meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
);

-- Next actions decided in a meeting; they feed « À venir ».
CREATE TABLE meeting_action (
    id          UUID          NOT NULL PRIMARY KEY,
    meeting_id  UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text        VARCHAR(1000) NOT NULL,
    owner       VARCHAR(200)  NOT NULL DEFAULT '',
    due_date    DATE,
    done        BOOLEAN       NOT NULL DEFAULT FALSE,
    position    INTEGER       NOT NULL
);
CREATE INDEX meeting_action_meeting_idx ON meeting_action (meeting_id);

-- Every transition and decision of a case: date decided, kind, stages, who decided, reason,
-- author (the referent of the settings). An end state's date and reason are those of its entry.
CREATE TABLE stage_history (
    id           UUID          NOT NULL PRIMARY KEY,
    case_id      UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    decided_on   DATE          NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    from_stage   VARCHAR(32),
    to_stage     VARCHAR(32),
    decided_by   VARCHAR(10),
    reason       VARCHAR(4000) NOT NULL DEFAULT '',
    author       VARCHAR(200)  NOT NULL DEFAULT '',
    sequence     INTEGER       NOT NULL
);
CREATE INDEX stage_history_case_idx ON stage_history (case_id, sequence);

-- Yearly dialogue de gestion of a signed contract (indicator values: indicator_year.measured).
CREATE TABLE annual_review (
    case_id        UUID           NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    contract_year  INTEGER        NOT NULL,
    review_date    DATE,
    comments       VARCHAR(10000) NOT NULL DEFAULT '',
    version        INTEGER        NOT NULL,
    PRIMARY KEY (case_id, contract_year)
);

-- Payments the CPTS received (line = LineKey code, '' when not broken down).
CREATE TABLE payment_received (
    id           UUID           NOT NULL PRIMARY KEY,
    case_id      UUID           NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    received_on  DATE           NOT NULL,
    amount       DECIMAL(14, 2) NOT NULL,
    line         VARCHAR(40)    NOT NULL DEFAULT '',
    note         VARCHAR(1000)  NOT NULL DEFAULT ''
);
CREATE INDEX payment_received_case_idx ON payment_received (case_id, received_on);

-- The referent's settings of this data folder (one row).
CREATE TABLE app_settings (
    id                     INTEGER      NOT NULL PRIMARY KEY,
    referent_name          VARCHAR(200) NOT NULL DEFAULT '',
    letter_decision_weeks  INTEGER      NOT NULL DEFAULT 8,
    version                INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT app_settings_one_row CHECK (id = 1)
);
INSERT INTO app_settings (id) VALUES (1);
