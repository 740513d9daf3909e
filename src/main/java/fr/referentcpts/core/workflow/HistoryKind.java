package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** What an entry of a case's history records. */
public enum HistoryKind implements Keyed {
    /** To the next stage, once nothing blocking is missing. */
    ADVANCE,
    /** Back to an earlier stage, with a reason. */
    BACK,
    /** Out of an end state, back to a stage, with a reason. */
    REOPEN,
    /** SANS SUITE, with a reason. */
    ABANDON,
    /** RÉSILIÉ, on a date, with a reason. */
    TERMINATE,
    /** The ARS and the Assurance Maladie validated the letter of intent (« validation du pré-projet »). */
    LETTER_VALIDATED,
    /** The ARS and the Assurance Maladie asked for the letter of intent to be revised. */
    LETTER_TO_REVISE,
    /** The validation of the health project by the ARS or the Assurance Maladie. */
    PROJECT_VALIDATION,
    /** The contract pinned to a rules version (« ACI-2019 : motif »). */
    RULES_PINNED,
    /** The ARS recognised a serious health crisis on the territory. */
    CRISIS_RECOGNISED,
    /** The crisis plan written (contract year 1) or updated. */
    CRISIS_PLAN,
    /** An amendment to the running contract (« avenant n° N au contrat »). */
    AMENDMENT,
    /** A recorded item removed (a crisis, an amendment), with what it was. */
    CONTRACT_RECORD_REMOVED,
    /** A synchronisation conflict resolved: the laptop's and the server's versions merged field by field. */
    SYNC_MERGE;

    @Override
    public String messageKey() {
        return "workflow.history." + name().toLowerCase(Locale.ROOT);
    }
}
