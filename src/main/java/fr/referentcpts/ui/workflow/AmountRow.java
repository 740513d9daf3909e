package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.funding.LineKey;
import javafx.beans.property.StringProperty;

/**
 * One line of the rules version in the negotiation form: what the barème says for the contract's
 * size class, and the annual amount the contract states itself (empty: the barème's) with its reason.
 */
public record AmountRow(LineKey key, String label, String barème, StringProperty amount, StringProperty reason) {
}
