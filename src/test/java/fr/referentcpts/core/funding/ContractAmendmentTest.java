package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static fr.referentcpts.core.funding.ShippedRules.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.common.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amendment to a running contract: the calendar is recomputed from its effective date, the
 * payments due before it never change. Example: an ACI-2019 taille 3 contract signed on
 * 15/06/2020 takes on the crisis mission and the operating complement on 01/01/2023, under the
 * avenant-2 version the cellule confirmed. Contract year 3 runs from 15/06/2022 to 14/06/2023
 * (365 days), 165 of them from 01/01/2023.
 */
class ContractAmendmentTest {
    private static final FundingEngine ENGINE = new FundingEngine(RulesConfirmationTest.confirmedCatalog());

    private static FundingInput.Builder signed2020() {
        return FundingInput.builder(105_452, date("2020-06-15")).rulesVersion("ACI-2019")
                .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION);
    }

    private static ContractAmendment crisisAndComplement() {
        return new ContractAmendment(1, date("2023-01-01"), "ACI-2019-AV2-CPAM14",
                List.of(new MissionChoice(Mission.CRISIS, null, false)), List.of(), true, null,
                "Mission crises sanitaires graves et complément de fonctionnement de l’avenant 2");
    }

    @Test
    void paymentsBeforeTheEffectiveDateAreIdenticalWithAndWithoutTheAmendment() {
        FundingResult before = ENGINE.compute(signed2020().build());
        FundingResult after = ENGINE.compute(signed2020().amendment(crisisAndComplement()).build());
        assertEquals(before.payments().stream().filter(p -> p.date().isBefore(date("2023-01-01"))).toList(),
                after.payments().stream().filter(p -> p.date().isBefore(date("2023-01-01"))).toList());
    }

    @Test
    void theAddedCrisisMissionStartsOnTheEffectiveDateProrated() {
        FundingResult result = ENGINE.compute(signed2020().amendment(crisisAndComplement()).build());
        // advance: 22 500 × 75 % × 165/365 = 7 628,42 ; balance: 22 500 × 165/365 = 10 171,23 − 7 628,42 = 2 542,81
        assertEquals(List.of("2023-01-01 ADVANCE 3 7628.42", "2023-06-15 BALANCE 3 2542.81",
                "2023-06-15 ADVANCE 4 16875.00"), rows(result, Mission.CRISIS, Component.FIXED).subList(0, 3));
        // the crisis deadlines count from the amendment: start by 01/07/2023, deployed by 01/07/2024
        MissionDeadline crisis = result.deadlines().stream().filter(d -> d.mission() == Mission.CRISIS).findFirst()
                .orElseThrow();
        assertEquals(date("2023-07-01"), crisis.start());
        assertEquals(1, result.amendments().size());
        assertEquals("ACI-2019-AV2-CPAM14", result.amendments().getFirst().rules().id());
    }

    @Test
    void theOperatingComplementAddsSeventyFivePercentFromTheEffectiveDate() {
        FundingResult result = ENGINE.compute(signed2020().amendment(crisisAndComplement()).build());
        // 56 250 × 75 % × 165/365 = 19 071,06 ; balance 56 250 × 165/365 = 25 428,08 − 19 071,06 = 6 357,02 ;
        // then 75 % of 56 250 = 42 187,50 at each anniversary
        assertEquals(List.of("2023-01-01 ADVANCE 3 19071.06", "2023-06-15 BALANCE 3 6357.02",
                "2023-06-15 ADVANCE 4 42187.50"), rows(result, null, Component.OPERATING_COMPLEMENT).subList(0, 3));
        // signed: 75 000 + ACCESS 65 000 + PATHWAYS 90 000 + PREVENTION 35 000 = 265 000;
        // amended: + 56 250 of operating complement + 22 500 of crisis = 343 750 (the conditional part aside)
        assertEquals(euros("265000"), result.annualTotal());
        assertEquals(euros("343750"), result.amendments().getFirst().annualTotal());
    }

    @Test
    void aCrisisRecognisedAfterTheAmendmentIsPaid() {
        FundingResult result = ENGINE.compute(signed2020().amendment(crisisAndComplement())
                .crisisRecognition(new CrisisRecognition(date("2022-11-15"), "avant", ""))
                .crisisRecognition(new CrisisRecognition(date("2023-02-01"), "après", "")).build());
        // 15/11/2022 is before the crisis mission exists in this contract; 01/02/2023 pays 67 500 (year 3)
        assertEquals(List.of("2023-02-01 ON_CRISIS 3 67500.00"), rows(result, Mission.CRISIS, Component.CONDITIONAL));
    }

    @Test
    void aChangeOfSizeClassPaysTheNewBaremeFromTheEffectiveDate() {
        ContractAmendment taille4 = new ContractAmendment(1, date("2022-06-15"), null, List.of(), List.of(), false,
                SizeClass.T4, "Population légale 2022 au-dessus de 175 000 habitants");
        FundingResult result = ENGINE.compute(signed2020().amendment(taille4).build());
        // year 3 starts on the effective date: 75 % of 90 000 instead of 75 % of 75 000
        assertEquals("2022-06-15 ADVANCE 3 67500.00", rows(result, null, Component.OPERATING).stream()
                .filter(r -> r.startsWith("2022-06-15 ADVANCE")).findFirst().orElseThrow());
        // year 2 ended that day: its balance stays on the earlier terms, 75 000 − 56 250 = 18 750
        assertEquals("2022-06-15 BALANCE 2 18750.00", rows(result, null, Component.OPERATING).stream()
                .filter(r -> r.startsWith("2022-06-15 BALANCE")).findFirst().orElseThrow());
    }

    @Test
    void theComplementIsRefusedToAContractSignedAfter2021() {
        FundingInput input = FundingInput.builder(105_452, date("2022-01-10")).rulesVersion("ACI-2019")
                .missions(Mission.ACCESS).amendment(crisisAndComplement()).build();
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(input));
        assertEquals("amendments[0].operatingComplement", e.field());
    }

    @Test
    void anAmendmentOutsideTheContractOrUnderAVersionNotYetInForceIsRefused() {
        ContractAmendment early = new ContractAmendment(1, date("2020-06-15"), null, List.of(), List.of(), false,
                SizeClass.T4, "x");
        assertEquals("amendments[0].effectiveDate", assertThrows(ValidationException.class,
                () -> ENGINE.compute(signed2020().amendment(early).build())).field());
        ContractAmendment tooSoon = new ContractAmendment(1, date("2021-06-01"), "ACI-2019-AV2", List.of(), List.of(),
                false, null, "x");
        assertEquals("amendments[0].rulesVersion", assertThrows(ValidationException.class,
                () -> ENGINE.compute(signed2020().amendment(tooSoon).build())).field());
    }
}
