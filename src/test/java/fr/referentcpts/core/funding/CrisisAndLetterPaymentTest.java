package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static fr.referentcpts.core.funding.ShippedRules.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The money of avenant 2 outside the annual envelope: the crisis mission's conditional part,
 * paid on the date the ARS recognises a serious health crisis, once per contract year at most;
 * the payment at the validation of the letter of intent, before the contract.
 */
class CrisisAndLetterPaymentTest {
    /** Taille 3, signed 15/03/2026: contract year 1 runs to 14/03/2027, year 2 to 14/03/2028. */
    private static FundingInput.Builder taille3() {
        return FundingInput.builder(105_452, date("2026-03-15")).rulesVersion("ACI-2019-AV2")
                .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION, Mission.CRISIS);
    }

    private static CrisisRecognition crisis(String date, String reference) {
        return new CrisisRecognition(date(date), reference, "");
    }

    @Test
    void aRecognisedCrisisPaysTheWholeConditionalAmountOnTheDayOfRecognition() {
        FundingResult result = ENGINE.compute(taille3().crisisRecognition(crisis("2027-02-01", "ARS-2027-12")).build());
        assertEquals(List.of("2027-02-01 ON_CRISIS 1 67500.00"), rows(result, Mission.CRISIS, Component.CONDITIONAL));
        Payment payment = result.payments().stream().filter(p -> p.kind() == PaymentKind.ON_CRISIS).findFirst()
                .orElseThrow();
        assertEquals("funding.explain.onCrisis", payment.explanation().messageKey());
        assertEquals(List.of(FrenchFormat.wholeAmount(euros("67500")), "01/02/2027", " (ARS-2027-12)", "1"),
                payment.explanation().argumentList());
    }

    @Test
    void aSecondCrisisInTheSameContractYearPaysNothingMoreButTheNextYearPaysAgain() {
        FundingResult result = ENGINE.compute(taille3()
                .crisisRecognition(crisis("2027-03-01", "second"))
                .crisisRecognition(crisis("2027-02-01", "first"))
                .crisisRecognition(crisis("2027-04-01", "year 2"))
                .build());
        // year 1: 01/02/2027 only (01/03/2027 is the same contract year); year 2: 01/04/2027
        assertEquals(List.of("2027-02-01 ON_CRISIS 1 67500.00", "2027-04-01 ON_CRISIS 2 67500.00"),
                rows(result, Mission.CRISIS, Component.CONDITIONAL));
    }

    @Test
    void aCrisisBeforeTheMissionStartsPaysNothing() {
        FundingResult result = ENGINE.compute(taille3().clearMissions()
                .mission(MissionChoice.startingOn(Mission.CRISIS, date("2026-09-01")))
                .crisisRecognition(crisis("2026-06-01", "")).build());
        assertEquals(List.of(), rows(result, Mission.CRISIS, Component.CONDITIONAL));
    }

    @Test
    void aCrisisOutsideTheContractIsRefusedWithItsField() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3()
                .crisisRecognition(crisis("2031-03-15", "")).build()));
        assertEquals("crisisRecognitions[0].date", e.field());
    }

    @Test
    void theLetterOfIntentPaymentIsPaidOnceAtValidationAsContractYearZero() {
        FundingResult result = ENGINE.compute(taille3().letterOfIntentValidated(date("2025-10-01")).build());
        Payment first = result.payments().getFirst();
        assertEquals(date("2025-10-01"), first.date());
        assertEquals(0, first.contractYear());
        assertEquals(Component.LETTER_OF_INTENT, first.component());
        assertEquals(PaymentKind.FULL, first.kind());
        // taille 3: 25 000 € proposed
        assertEquals(euros("25000"), first.amount());
        assertTrue(first.amountToConfirm());
        assertEquals(euros("25000"), result.totalsByContractYear().get(0));
        assertEquals(euros("25000"), result.totalsByCalendarYear().get(2025));
    }

    @Test
    void theLetterPaymentDoesNotExistUnderTheAci2019NorBeforeTheAmendment() {
        FundingResult aci2019 = ENGINE.compute(FundingInput.builder(105_452, date("2021-03-15"))
                .rulesVersion("ACI-2019").missions(Mission.ACCESS).letterOfIntentValidated(date("2020-10-01")).build());
        assertTrue(aci2019.payments().stream().noneMatch(p -> p.component() == Component.LETTER_OF_INTENT));
        FundingResult early = ENGINE.compute(taille3().signatureDate(date("2023-03-15"))
                .letterOfIntentValidated(date("2022-01-10")).build());
        assertTrue(early.payments().stream().noneMatch(p -> p.component() == Component.LETTER_OF_INTENT));
        assertEquals("funding.warning.letterBeforeVersion", early.warnings().getLast().messageKey());
    }

    @Test
    void aLetterValidatedAfterTheSignatureIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3()
                .letterOfIntentValidated(date("2026-04-01")).build()));
        assertEquals("letterOfIntentValidated", e.field());
    }
}
