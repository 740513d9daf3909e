package fr.referentcpts.core.amendment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an amendment changes in money: the annual envelope before it (as signed or as the earlier
 * amendments left it) and after it, line by line and in total, and the payments of each contract
 * year before and after. Payments due before the effective date never change.
 *
 * @param finalCapable every amount used after the amendment is confirmed (a text, the cellule or
 *                     the contract itself): the amendment may be printed for signature
 */
public record AmendmentEffect(BigDecimal annualTotalBefore, BigDecimal annualTotalAfter,
        List<EnvelopeChange> envelope, List<YearChange> years, BigDecimal contractTotalBefore,
        BigDecimal contractTotalAfter, boolean finalCapable) {
    public AmendmentEffect {
        envelope = List.copyOf(envelope);
        years = List.copyOf(years);
    }
}
