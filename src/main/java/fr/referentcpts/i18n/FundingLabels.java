package fr.referentcpts.i18n;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Payment;

/**
 * How the screens, the command line and the printed annexes write a line of the envelope and its
 * amount, so the three say the same thing: « 67 500,00 € si crise reconnue par l’ARS »,
 * « 50 000,00 € (proposé) », « à confirmer ».
 */
public final class FundingLabels {
    private final Messages messages;

    public FundingLabels(Messages messages) {
        this.messages = messages;
    }

    /** « Fonctionnement », « Accès aux soins – Volet fixe ». */
    public String line(LineKey key) {
        return key.mission() == null ? messages.get(key.component())
                : messages.get(key.mission()) + " – " + messages.get(key.component());
    }

    /** The amount of a line as a reader must understand it: conditional, once, proposed, unknown. */
    public String amount(AnnualLine line) {
        if (line.amount() == null) {
            return messages.get("funding.amount.unknown");
        }
        String amount = FrenchFormat.amount(line.amount());
        if (line.component() == Component.CONDITIONAL) {
            amount = messages.get("funding.amount.conditional", amount);
        } else if (line.component() == Component.LETTER_OF_INTENT) {
            amount = messages.get("funding.amount.letter", amount);
        }
        return line.status().finalCapable() ? amount : messages.get("funding.amount.proposed", amount);
    }

    /** The amount of a payment, marked when the amount is only proposed. */
    public String amount(Payment payment) {
        String amount = FrenchFormat.amount(payment.amount());
        return payment.amountToConfirm() ? messages.get("funding.amount.proposed", amount) : amount;
    }

    /** Where the amount comes from: its status, the confidence of a proposed one, the contract's reason. */
    public String origin(AnnualLine line) {
        String status = messages.get(line.status());
        if (line.contractAmount() != null) {
            var own = line.contractAmount();
            return messages.get("funding.origin.contract", status, own.enteredBy().isEmpty() ? "—" : own.enteredBy(),
                    own.enteredOn() == null ? "—" : FrenchFormat.date(own.enteredOn()),
                    own.reason().isEmpty() ? "—" : own.reason());
        }
        return line.confidence().isEmpty() ? status
                : messages.get("funding.origin.confidence", status, line.confidence());
    }

    /** The explanation of a payment, flagged when its amount is only proposed. */
    public String explanation(Payment payment) {
        String text = messages.get(payment.explanation().messageKey(), payment.explanation().arguments());
        return payment.amountToConfirm() ? text + " (" + messages.get("funding.explain.amountToConfirm") + ")" : text;
    }
}
