-- Indicator terms as real annexes write them (domain §8b): an indicator's own euro amount
-- (its share of the mission's variable part), the source of its data, its tiers (value
-- threshold → amount), and the livrables (pièces justificatives) of each action.

ALTER TABLE indicator ADD COLUMN amount DECIMAL(14, 2);
ALTER TABLE indicator ADD COLUMN data_source VARCHAR(1000) NOT NULL DEFAULT '';

-- One tier of an indicator; position keeps the order the referent typed them in.
CREATE TABLE indicator_tier (
    indicator_id UUID           NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position     INTEGER        NOT NULL,
    threshold    DECIMAL(14, 2) NOT NULL,
    amount       DECIMAL(14, 2) NOT NULL,
    label        VARCHAR(200)   NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_id, position)
);

ALTER TABLE mission_action ADD COLUMN deliverables VARCHAR(2000) NOT NULL DEFAULT '';
