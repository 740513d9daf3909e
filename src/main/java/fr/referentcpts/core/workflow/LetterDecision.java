package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.Keyed;
import java.util.Locale;

/** The joint ARS / Assurance Maladie decision on a letter of intent (« validation du pré-projet »). */
public enum LetterDecision implements Keyed {
    VALIDATED,
    TO_REVISE;

    @Override
    public String messageKey() {
        return "workflow.letterDecision." + name().toLowerCase(Locale.ROOT);
    }
}
