package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.annual;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static fr.referentcpts.core.funding.ShippedRules.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Avenant 2 as shipped: proposed amounts are computed but keep a contract from being final,
 * unknown ones are missing, a contract's own amount counts as confirmed for it, and the crisis
 * mission has a fixed part and a conditional part outside the annual envelope.
 */
class AmendmentTwoTest {
    /** Taille 3 (105 452 inhabitants), signed 15/03/2026, the four socle missions at signature. */
    private static FundingInput.Builder av2() {
        return FundingInput.builder(105_452, date("2026-03-15")).rulesVersion("ACI-2019-AV2")
                .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS);
    }

    @Test
    void aTaille3ContractIsComputedWithTheProposedAmountsButCannotBeFinal() {
        FundingResult result = ENGINE.compute(av2().build());
        assertTrue(result.complete());
        assertFalse(result.finalCapable());
        assertTrue(result.usesAmountsToConfirm());
        AnnualLine operating = result.annual().getFirst();
        assertEquals(AmountStatus.PROPOSED, operating.status());
        assertEquals("moyenne-haute", operating.confidence());
        assertEquals(euros("75000"), operating.amount());
        // 75 000 fonctionnement + ACCESS 65 000 (25 000 + 25 000 + 15 000) + PATHWAYS 90 000 + PREVENTION 35 000
        // + CRISIS fixe 22 500 = 287 500 ; the conditional 67 500 is not an annual amount
        assertEquals(euros("287500"), result.annualTotal());
        assertEquals(euros("67500"), annual(result, Mission.CRISIS, Component.CONDITIONAL));
        // fixed crisis part paid like any volet fixe: 75 % of 22 500 at signature, the balance a year later
        assertEquals(List.of("2026-03-15 ADVANCE 1 16875.00", "2027-03-15 BALANCE 1 5625.00"),
                rows(result, Mission.CRISIS, Component.FIXED).subList(0, 2));
        assertTrue(result.payments().getFirst().amountToConfirm());
    }

    @Test
    void withoutAnyRecognisedCrisisTheConditionalPartIsNeverPaid() {
        FundingResult result = ENGINE.compute(av2().build());
        assertEquals(List.of(), rows(result, Mission.CRISIS, Component.CONDITIONAL));
        assertTrue(result.payments().stream().noneMatch(p -> p.kind() == PaymentKind.VARIABLE
                && p.mission() == Mission.CRISIS));
    }

    @Test
    void aTaille2ContractLacksTheCrisisAmountsNoTextGives() {
        FundingResult result = ENGINE.compute(av2().population(60_000).build());
        assertFalse(result.complete());
        assertEquals(List.of(new LineKey(Mission.CRISIS, Component.FIXED),
                new LineKey(Mission.CRISIS, Component.CONDITIONAL)), result.missing());
        AnnualLine fixed = result.annual().stream().filter(l -> l.mission() == Mission.CRISIS).findFirst().orElseThrow();
        assertEquals(AmountStatus.MISSING, fixed.status());
        assertNull(fixed.amount());
        assertEquals(List.of(), rows(result, Mission.CRISIS, Component.FIXED));
    }

    @Test
    void anAmountTheContractStatesCountsAsConfirmedForIt() {
        ContractAmount own = new ContractAmount(euros("80000"), "Camille Roussel", date("2026-03-01"),
                "Montant négocié pour le coordinateur à temps plein");
        FundingResult result = ENGINE.compute(av2().population(60_000)
                .contractAmount(LineKey.OPERATING, own)
                .enteredAmount(new LineKey(Mission.CRISIS, Component.FIXED), euros("15000"))
                .enteredAmount(new LineKey(Mission.CRISIS, Component.CONDITIONAL), euros("45000"))
                .build());
        assertTrue(result.complete());
        assertTrue(result.finalCapable());
        AnnualLine operating = result.annual().getFirst();
        assertEquals(AmountStatus.CONTRACT, operating.status());
        assertEquals(own, operating.contractAmount());
        // 100 % of 80 000 at signature
        assertEquals("2026-03-15 FULL 1 80000.00", rows(result, null, Component.OPERATING).getFirst());
        assertFalse(result.payments().getFirst().amountToConfirm());
    }

    @Test
    void aContractMayStateItsOwnAmountForALineTheTextsConfirm() {
        // two real taille 3 contracts show 90 000 € for the fixed part of ACCESS
        FundingResult result = ENGINE.compute(av2().enteredAmount(new LineKey(Mission.ACCESS, Component.FIXED),
                euros("90000")).build());
        assertEquals(euros("90000"), annual(result, Mission.ACCESS, Component.FIXED));
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(av2()
                .enteredAmount(new LineKey(Mission.QUALITY, Component.VARIABLE), euros("-1")).build()));
        assertEquals("confirmedAmounts[QUALITY.VARIABLE]", e.field());
    }

    @Test
    void crisisDoesNotExistUnderTheAci2019() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(av2()
                .rulesVersion("ACI-2019").build()));
        assertEquals("missions[3].code", e.field());
        assertEquals("funding.error.missionNotOffered", e.messageKey());
    }

    @Test
    void crisisCannotStartBeforeThirdSeptember2022AndItsDeadlinesCountFromThen() {
        FundingInput.Builder signedInApril = FundingInput.builder(105_452, date("2022-04-15"))
                .rulesVersion("ACI-2019-AV2").missions(Mission.ACCESS);
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(signedInApril
                .mission(MissionChoice.startingOn(Mission.CRISIS, date("2022-09-02"))).build()));
        assertEquals("funding.error.startBeforeMissionAvailable", e.messageKey());
        FundingResult result = ENGINE.compute(signedInApril.clearMissions()
                .mission(MissionChoice.startingOn(Mission.CRISIS, date("2022-09-03"))).build());
        // 6 and 18 months from 03/09/2022 (convention), not from the signature
        MissionDeadline crisis = result.deadlines().getFirst();
        assertEquals(date("2023-03-03"), crisis.start());
        assertEquals(date("2024-03-03"), crisis.deployed());
    }

    @Test
    void theDefaultVersionForASignatureIn2026IsTheAmendment() {
        FundingResult result = ENGINE.compute(av2().rulesVersion(null).build());
        assertEquals("ACI-2019-AV2", result.rules().id());
    }
}
