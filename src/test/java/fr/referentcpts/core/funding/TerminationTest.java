package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.common.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Termination: advances recovered prorata temporis for the days of their period not covered. */
class TerminationTest {
    /** Taille 3 signed 15/03/2026, ACCESS at signature (no SNP orientation), PATHWAYS from 01/09/2026. */
    private static final FundingResult CONTRACT = ENGINE.compute(FundingInput.builder(105_452, date("2026-03-15"))
            .rulesVersion("ACI-2019")
            .missions(Mission.ACCESS)
            .mission(MissionChoice.startingOn(Mission.PATHWAYS, date("2026-09-01")))
            .build());

    @Test
    void terminatingInYearOneRecoversTheUncoveredPartOfTheAdvancesPaid() {
        TerminationResult result = ENGINE.terminate(CONTRACT, date("2026-09-15"));
        // 15/09/2026 → 15/03/2027: 181 of the 365 days of year 1 are not covered.
        // Operating 75 000 × 181 / 365 = 37 191,78; ACCESS fixed advance 18 750 × 181 / 365 = 9 297,95.
        // PATHWAYS advance (18 030,82 paid 01/09/2026 for 195 days): 18 030,82 × 181 / 195 = 16 736,30.
        assertEquals(List.of(euros("37191.78"), euros("9297.95"), euros("16736.30")),
                result.recoveries().stream().map(Recovery::amount).toList());
        assertEquals(euros("63226.03"), result.total());
    }

    @Test
    void eachRecoveryIsExplained() {
        Recovery operating = ENGINE.terminate(CONTRACT, date("2026-09-15")).recoveries().getFirst();
        // « 75 000,00 € × 181/365 jours non couverts (résiliation le 15/09/2026) »
        assertEquals(Explanation.of("funding.explain.recovery", "75\u202F000,00\u00A0€", "181", "365", "15/09/2026"),
                operating.explanation());
        assertEquals(181, operating.uncoveredDays());
        assertEquals(365, operating.periodDays());
    }

    @Test
    void terminatingInYearThreeRecoversOnlyThatYearsAdvances() {
        TerminationResult result = ENGINE.terminate(CONTRACT, date("2028-06-15"));
        // Year 3: 15/03/2028 → 15/03/2029 (365 days), 273 not covered after 15/06/2028.
        // Operating advance 56 250 × 273 / 365 = 42 071,92; ACCESS fixed 18 750 × 273 / 365 = 14 023,97;
        // PATHWAYS fixed 33 750 × 273 / 365 = 25 243,15
        assertEquals(List.of(euros("42071.92"), euros("14023.97"), euros("25243.15")),
                result.recoveries().stream().map(Recovery::amount).toList());
        assertEquals(3, result.recoveries().getFirst().advance().contractYear());
    }

    @Test
    void terminatingOnAnAnniversaryRecoversTheWholeAdvancePaidThatDay() {
        TerminationResult result = ENGINE.terminate(CONTRACT, date("2027-03-15"));
        // the advances of year 2 were paid on 15/03/2027 for a period that starts that day
        assertEquals(euros("56250.00"), result.recoveries().getFirst().amount());
        assertEquals(euros("56250.00").add(euros("18750.00")).add(euros("33750.00")), result.total());
    }

    @Test
    void nothingIsRecoveredAfterTheContractEnd() {
        TerminationResult result = ENGINE.terminate(CONTRACT, date("2031-03-15"));
        assertEquals(List.of(), result.recoveries());
        assertEquals(euros("0"), result.total());
    }

    @Test
    void aTerminationBeforeTheSignatureIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ENGINE.terminate(CONTRACT, date("2026-03-14")));
        assertEquals("terminationDate", e.field());
    }
}
