package fr.referentcpts.testing;

import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.RulesConfirmationRequest;
import fr.referentcpts.core.funding.SizeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A cellule's confirmation of avenant 2 (the CPAM 14 example): every cell the texts leave open. */
public final class ConfirmedRules {
    public static final LineKey CRISIS_FIXED = new LineKey(Mission.CRISIS, Component.FIXED);
    public static final LineKey CRISIS_CONDITIONAL = new LineKey(Mission.CRISIS, Component.CONDITIONAL);
    public static final LineKey LETTER = new LineKey(null, Component.LETTER_OF_INTENT);
    public static final LineKey COMPLEMENT = new LineKey(null, Component.OPERATING_COMPLEMENT);

    private ConfirmedRules() {
    }

    public static RulesConfirmationRequest cpam14() {
        return new RulesConfirmationRequest("ACI-2019-AV2-CPAM14", "ACI-2019-AV2", "Camille Roussel",
                LocalDate.of(2026, 11, 20), "Avenant 2, JO du 31/03/2022, art. 8", List.of(
                        line(LineKey.OPERATING, "50000", "60000", "75000", "90000"),
                        line(CRISIS_FIXED, "10000", "15000", "22500", "30000"),
                        line(CRISIS_CONDITIONAL, "30000", "45000", "67500", "90000"),
                        line(LETTER, "15000", "17500", "25000", "30000"),
                        line(COMPLEMENT, "37500", "45000", "56250", "67500")));
    }

    public static RulesConfirmationRequest.LineAmounts line(LineKey key, String... amounts) {
        Map<SizeClass, BigDecimal> bySize = new EnumMap<>(SizeClass.class);
        for (int i = 0; i < amounts.length; i++) {
            bySize.put(SizeClass.values()[i], new BigDecimal(amounts[i]));
        }
        return new RulesConfirmationRequest.LineAmounts(key, bySize);
    }
}
