-- On a laptop: what each case file adds to the home screen (stage, population, ACI money of the
-- year, deadlines), kept from one start to the next so that the home shows at once instead of
-- reading and computing the whole portfolio. Derived data, never exported nor synchronised.
--
-- change_mark: a new random value at every change of the case file (its row or anything of it,
-- as updated_at), whatever the clock says. Kept figures are used only while their case file has
-- the mark read before they were computed, for the settings and rules they were computed with
-- (basis) and on the days they cannot change (valid_from to valid_until, excluded). Deleted with
-- their case file. Unused on the server. (« IF NOT EXISTS »: the tests of upgrades replay it on a
-- schema that has it.)
ALTER TABLE case_file ADD COLUMN IF NOT EXISTS change_mark BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE IF NOT EXISTS case_figures (
    case_id     UUID         NOT NULL PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    change_mark BIGINT       NOT NULL,
    basis       VARCHAR(64)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_until DATE         NOT NULL,
    figures     VARCHAR(1000000) NOT NULL
);
