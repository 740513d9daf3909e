package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
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

/** Avenant 2: unconfirmed amounts reported missing until entered, and the CRISIS mission. */
class AmendmentTwoTest {
    private static FundingInput.Builder av2() {
        return FundingInput.builder(105_452, date("2026-03-15")).rulesVersion("ACI-2019-AV2")
                .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS);
    }

    @Test
    void anUnconfirmedAmountIsReportedMissingAndItsPaymentsLeftOut() {
        FundingResult result = ENGINE.compute(av2().build());
        assertFalse(result.complete());
        assertEquals(List.of(LineKey.OPERATING, new LineKey(Mission.CRISIS, Component.FIXED),
                new LineKey(Mission.CRISIS, Component.VARIABLE)), result.missing());
        AnnualLine operating = result.annual().getFirst();
        assertEquals(AmountStatus.MISSING, operating.status());
        assertNull(operating.amount());
        assertEquals(List.of(), rows(result, null, Component.OPERATING));
        // the known lines still count: ACCESS 65 000 (no orientation) + PATHWAYS 90 000 + PREVENTION 35 000
        assertEquals(euros("190000"), result.annualTotal());
    }

    @Test
    void enteringTheMissingAmountsMakesTheFundingCompleteAndFlagged() {
        FundingResult result = ENGINE.compute(av2()
                .enteredAmount(LineKey.OPERATING, euros("131250"))
                .enteredAmount(new LineKey(Mission.CRISIS, Component.FIXED), euros("20000"))
                .enteredAmount(new LineKey(Mission.CRISIS, Component.VARIABLE), euros("10000"))
                .build());
        assertTrue(result.complete());
        assertEquals(List.of(), result.missing());
        assertEquals(AmountStatus.ENTERED, result.annual().getFirst().status());
        assertTrue(result.usesAmountsToConfirm());
        Payment first = result.payments().getFirst();
        assertEquals(euros("131250"), first.amount());
        assertTrue(first.amountToConfirm());
        // 190 000 + 131 250 + 20 000 + 10 000
        assertEquals(euros("351250"), result.annualTotal());
        assertEquals("2026-03-15 ADVANCE 1 15000.00", rows(result, Mission.CRISIS, Component.FIXED).getFirst());
    }

    @Test
    void anAmountCannotBeEnteredForAConfirmedLine() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(av2()
                .enteredAmount(new LineKey(Mission.ACCESS, Component.FIXED), euros("99999")).build()));
        assertEquals("confirmedAmounts[ACCESS.FIXED]", e.field());
    }

    @Test
    void theAmendmentKeepsTheConfirmedLinesOf2019() {
        FundingResult result = ENGINE.compute(av2().build());
        assertEquals(euros("45000"), ShippedRules.annual(result, Mission.PATHWAYS, Component.FIXED));
        assertEquals(AmountStatus.CONFIRMED, result.annual().get(1).status());
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
