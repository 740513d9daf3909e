package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.i18n.FundingLabels;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;

/**
 * The composite French labels of the annexes (budget lines, draft reasons, payment
 * explanations), from the message bundle and {@link FrenchFormat}.
 */
final class AnnexLabels {
    private final Messages messages;

    private final FundingLabels funding;

    AnnexLabels(Messages messages) {
        this.messages = messages;
        this.funding = new FundingLabels(messages);
    }

    /** 12.50 → « 12,5 », 40 → « 40 »: a target or a weight as written, at most two decimals. */
    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return FrenchFormat.decimal(value, Math.min(2, Math.max(0, stripped.scale())));
    }

    /** « Fonctionnement », « Accès aux soins – Volet fixe ». */
    String line(LineKey key) {
        return key.mission() == null ? messages.get(key.component())
                : messages.get("annex.pdf.lineLabel", messages.get(key.mission()), messages.get(key.component()));
    }

    /** A draft reason as a sentence; its {@link Keyed} arguments show their labels. */
    String reason(DraftReason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(a -> a instanceof Keyed keyed ? messages.get(keyed) : a).toArray();
        return messages.get(reason.messageKey(), arguments);
    }

    /** How a payment was computed, with the « proposé » mention when its amount is not confirmed. */
    String explanation(Payment payment) {
        return funding.explanation(payment);
    }

    /** The amounts of the envelope and the calendar, written as the screens write them. */
    FundingLabels funding() {
        return funding;
    }

    /** The value, or « à compléter » when empty. */
    String orToComplete(String value) {
        return value == null || value.isBlank() ? messages.get("annex.pdf.toComplete") : value;
    }
}
