package fr.referentcpts.ui.rules;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.i18n.Messages;

/** The words of the rules screen shared by the list, the barème and the confirmation form. */
final class RulesTexts {
    private final Messages messages;

    RulesTexts(Messages messages) {
        this.messages = messages;
    }

    /** The line's label in the rules file, else « Mission – volet »; with the signature limit of a line that has one. */
    String label(BaremeLine line) {
        String component = messages.get(line.key().component());
        String label = !line.label().isBlank() ? line.label()
                : line.key().mission() == null ? component : messages.get(line.key().mission()) + " – " + component;
        return line.signedBefore() == null ? label
                : messages.get("rulesScreen.line.signedBefore", label, FrenchFormat.date(line.signedBefore()));
    }

    /** « Confirmé (texte) », « Confirmé (cellule) », « Proposé », « À confirmer ». */
    String status(RuleStatus status) {
        return switch (status) {
            case CONFIRMED -> messages.get("rulesScreen.status.confirmed");
            case CELLULE -> messages.get("rulesScreen.status.cellule");
            case PROPOSED -> messages.get("rulesScreen.status.proposed");
            case TO_CONFIRM -> messages.get("rulesScreen.status.toConfirm");
        };
    }
}
