package fr.referentcpts.ui.common;

import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.i18n.Messages;

/**
 * The French sentence for a number {@link FrenchNumbers} refused: the field named, the text
 * quoted, what is expected (« Montant : « vingt mille » n’est pas un montant (ex. : 20 000 ou
 * 20 000,50). »).
 */
public final class NumberErrors {
    private NumberErrors() {
    }

    public static String describe(Messages messages, String field, FrenchNumbers.Problem problem, String typed) {
        return messages.get(problem.messageKey(), field, typed == null ? "" : typed.strip());
    }
}
