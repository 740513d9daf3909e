package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mission started during a contract year, achievement rates, 29 February, and bad start dates. */
class ProrataAndAchievementTest {
    private static FundingInput.Builder taille3(String signature) {
        return FundingInput.builder(105_452, date(signature)).rulesVersion("ACI-2019");
    }

    @Test
    void aMissionStartedMidYearGetsItsFixedAdvanceProratedInDays() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.PATHWAYS, date("2026-09-01"))).build());
        // From 01/09/2026 to the 1st anniversary 15/03/2027: 195 days of a 365-day contract year.
        // Advance: 45 000 × 75 % × 195 / 365 = 18 030,821… → 18 030,82
        // Prorated annual: 45 000 × 195 / 365 = 24 041,095… → 24 041,10; balance 24 041,10 − 18 030,82 = 6 010,28
        assertEquals(List.of(
                "2026-09-01 ADVANCE 1 18030.82",
                "2027-03-15 BALANCE 1 6010.28", "2027-03-15 ADVANCE 2 33750.00",
                "2028-03-15 BALANCE 2 11250.00", "2028-03-15 ADVANCE 3 33750.00",
                "2029-03-15 BALANCE 3 11250.00", "2029-03-15 ADVANCE 4 33750.00",
                "2030-03-15 BALANCE 4 11250.00", "2030-03-15 ADVANCE 5 33750.00",
                "2031-03-15 BALANCE 5 11250.00"), rows(result, Mission.PATHWAYS, Component.FIXED));
        // The variable part of the partial year gets the same prorata: 45 000 × 195 / 365 = 24 041,10
        assertEquals("2027-03-15 VARIABLE 1 24041.10", rows(result, Mission.PATHWAYS, Component.VARIABLE).getFirst());
    }

    @Test
    void theProratedAdvanceIsExplainedWithItsDays() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.PATHWAYS, date("2026-09-01"))).build());
        Payment advance = result.payments().stream().filter(p -> p.mission() == Mission.PATHWAYS).findFirst().orElseThrow();
        // rendered: « 75 % de 45 000 € × 195/365 jours (démarrage le 01/09/2026) »
        assertEquals(Explanation.of("funding.explain.advanceProrated", "75\u00A0%", "45\u202F000\u00A0€", "195", "365",
                "01/09/2026"), advance.explanation());
    }

    @Test
    void aMissionStartedOnAnAnniversaryStartsWithAFullYear() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.PREVENTION, date("2027-03-15"))).build());
        // year 2 is the first: 75 % of 17 500 = 13 125 at its start, no payment for year 1
        assertEquals("2027-03-15 ADVANCE 2 13125.00", rows(result, Mission.PREVENTION, Component.FIXED).getFirst());
        assertEquals("2028-03-15 VARIABLE 2 17500.00", rows(result, Mission.PREVENTION, Component.VARIABLE).getFirst());
    }

    @Test
    void theVariablePartIsPaidAtTheAchievementRateOfItsYear() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15").missions(Mission.ACCESS)
                .achievement(Mission.ACCESS, 2, new BigDecimal("0.5")).build());
        // year 2 at 50 %: variable 25 000 × 50 % = 12 500, SNP compensation 15 000 × 50 % = 7 500
        assertEquals("2028-03-15 VARIABLE 2 12500.00", rows(result, Mission.ACCESS, Component.VARIABLE).get(1));
        assertEquals("2028-03-15 VARIABLE 2 7500.00", rows(result, Mission.ACCESS, Component.SNP_COMPENSATION).get(1));
        // other years at the default 100 %; fixed parts do not depend on achievement
        assertEquals("2027-03-15 VARIABLE 1 25000.00", rows(result, Mission.ACCESS, Component.VARIABLE).getFirst());
        assertEquals("2028-03-15 BALANCE 2 6250.00", rows(result, Mission.ACCESS, Component.FIXED).get(3));
    }

    @Test
    void aPartialAchievementInAPartialFirstYearCombinesBoth() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.PATHWAYS, date("2026-09-01")))
                .achievement(Mission.PATHWAYS, 1, new BigDecimal("0.6")).build());
        // 45 000 × 60 % × 195 / 365 = 14 424,657… → 14 424,66
        assertEquals("2027-03-15 VARIABLE 1 14424.66", rows(result, Mission.PATHWAYS, Component.VARIABLE).getFirst());
    }

    @Test
    void theDefaultAchievementAppliesWhereNoRateIsGiven() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15").missions(Mission.PREVENTION)
                .defaultAchievement(new BigDecimal("0.75")).build());
        // 17 500 × 75 % = 13 125 every year, five years
        List<String> rows = rows(result, Mission.PREVENTION, Component.VARIABLE);
        assertEquals(5, rows.size());
        rows.forEach(row -> assertTrue(row.endsWith(" 13125.00"), row));
    }

    @Test
    void anAchievementRateAboveOneIsCappedToOne() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15").missions(Mission.PREVENTION)
                .achievement(Mission.PREVENTION, 1, new BigDecimal("1.30"))
                .achievement(Mission.PREVENTION, 2, new BigDecimal("-0.2")).build());
        assertEquals("2027-03-15 VARIABLE 1 17500.00", rows(result, Mission.PREVENTION, Component.VARIABLE).get(0));
        assertEquals("2028-03-15 VARIABLE 2 0.00", rows(result, Mission.PREVENTION, Component.VARIABLE).get(1));
    }

    @Test
    void aTwentyNinthOfFebruarySignatureHasItsAnniversariesOnTheTwentyEighthInCommonYears() {
        FundingResult result = ENGINE.compute(FundingInput.builder(60_000, date("2028-02-29")).rulesVersion("ACI-2019")
                .missions(Mission.ACCESS).build());
        assertEquals(List.of(date("2028-02-29"), date("2029-02-28"), date("2030-02-28"), date("2031-02-28"),
                date("2032-02-29"), date("2033-02-28")),
                result.payments().stream().map(Payment::date).distinct().toList());
        assertEquals(date("2033-02-28"), result.contractEnd());
        // the deadlines count months from 29/02/2028: 6 months → 29/08/2028, 18 months → 29/08/2029
        assertEquals(date("2028-08-29"), result.deadlines().getFirst().start());
    }

    @Test
    void aTwentyNinthOfFebruarySignatureProratesOverTheRealLengthOfTheYear() {
        FundingResult result = ENGINE.compute(FundingInput.builder(60_000, date("2028-02-29")).rulesVersion("ACI-2019")
                .mission(MissionChoice.startingOn(Mission.ACCESS, date("2028-09-01"))).build());
        // year 1 = 29/02/2028 → 28/02/2029: 365 days; 01/09/2028 → 28/02/2029: 180 days.
        // T2 fixed 17 500: advance 17 500 × 75 % × 180 / 365 = 6 472,60; prorated 8 630,14; balance 2 157,54
        assertEquals(List.of("2028-09-01 ADVANCE 1 6472.60", "2029-02-28 BALANCE 1 2157.54"),
                rows(result, Mission.ACCESS, Component.FIXED).subList(0, 2));
    }

    @Test
    void aStartBeforeTheSignatureIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3("2026-03-15")
                .missions(Mission.ACCESS)
                .mission(MissionChoice.startingOn(Mission.PATHWAYS, date("2026-03-14"))).build()));
        assertEquals("missions[1].startDate", e.field());
        assertEquals("funding.error.startBeforeSignature", e.messageKey());
    }

    @Test
    void aStartOnTheContractEndIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.QUALITY, date("2031-03-15"))).build()));
        assertEquals("missions[0].startDate", e.field());
        assertEquals("funding.error.startAfterContractEnd", e.messageKey());
    }

    @Test
    void theLastDayOfTheContractIsAValidStart() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.QUALITY, date("2031-03-14"))).build());
        // T3 QUALITY fixed 15 000 × 75 % × 1 / 365 = 30,82
        assertEquals("2031-03-14 ADVANCE 5 30.82", rows(result, Mission.QUALITY, Component.FIXED).getFirst());
    }

    @Test
    void aMissionChosenTwiceIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3("2026-03-15")
                .missions(Mission.ACCESS, Mission.ACCESS).build()));
        assertEquals("missions[1].code", e.field());
    }

    @Test
    void theSnpOrientationOptionExistsOnlyForAccess() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.atSignature(Mission.PATHWAYS).withSnpOrientation()).build()));
        assertEquals("missions[0].snpOrientation", e.field());
    }

    @Test
    void anAchievementForAYearOutsideTheContractIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compute(taille3("2026-03-15")
                .missions(Mission.ACCESS).achievement(Mission.ACCESS, 6, BigDecimal.ONE).build()));
        assertEquals("achievement[0].contractYear", e.field());
    }

    @Test
    void aStartAfterTheDeadlineIsWarned() {
        FundingResult result = ENGINE.compute(taille3("2026-03-15")
                .mission(MissionChoice.startingOn(Mission.ACCESS, date("2026-09-16")))
                .missions(Mission.PATHWAYS, Mission.PREVENTION).build());
        assertTrue(result.deadlines().getFirst().startLate());
        assertEquals(List.of(new FundingWarning("funding.warning.startLate", Mission.ACCESS,
                List.of("16/09/2026", "15/09/2026"))), result.warnings());
    }
}
