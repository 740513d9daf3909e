package fr.referentcpts.core.missions;

import static fr.referentcpts.core.missions.IndicatorTermsTest.ald;
import static fr.referentcpts.core.missions.IndicatorTermsTest.breastScreening;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.EarnedAmount;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.io.funding.RulesFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The amounts a contract's indicators earn mission by mission and year, for the funding engine. */
class EarnedAmountsTest {
    private static final UUID CASE = UUID.randomUUID();

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** « Médecin traitant pour les nouveaux patients »: 2 000 € paid at the rate of the convention, targets years 1–3. */
    private static Indicator newPatients(Map<Integer, BigDecimal> measured) {
        return new Indicator(UUID.randomUUID(), CASE, Mission.ACCESS, "Nouveaux patients avec médecin traitant",
                IndicatorKind.RESULTS, "patients", null, Direction.HIGHER_IS_BETTER, BigDecimal.ONE,
                Map.of(1, n("200"), 2, n("250"), 3, n("300")), measured, n("2000"), List.of(), "");
    }

    private static Indicator withoutAmount(Mission mission, Map<Integer, BigDecimal> measured) {
        return new Indicator(UUID.randomUUID(), CASE, mission, "Sans montant", IndicatorKind.MEANS, "", null,
                Direction.HIGHER_IS_BETTER, BigDecimal.ONE, Map.of(1, n("10")), measured);
    }

    private static MissionContent content() {
        List<CaseMission> missions = List.of(new CaseMission(Mission.ACCESS, true, null, false),
                new CaseMission(Mission.PATHWAYS, true, null, false),
                new CaseMission(Mission.PREVENTION, true, null, false),
                CaseMission.notChosen(Mission.QUALITY));
        Indicator qualityNotChosen = new Indicator(UUID.randomUUID(), CASE, Mission.QUALITY, "q",
                IndicatorKind.RESULTS, "", null, Direction.YES_NO, BigDecimal.ONE, Map.of(), Map.of(1, BigDecimal.ONE),
                n("5000"), List.of(), "");
        return new MissionContent(missions, List.of(), List.of(
                ald(Map.of(1, n("120"), 2, n("80"))),
                newPatients(Map.of(1, n("150"))),
                withoutAmount(Mission.ACCESS, Map.of(1, n("5"), 3, n("10"))),
                withoutAmount(Mission.PATHWAYS, Map.of(1, n("10"))),
                breastScreening(Map.of(1, n("70.10"))),
                qualityNotChosen), List.of());
    }

    @Test
    void eachMissionEarnsTheSumOfItsIndicatorsYearByYear() {
        // ACCESS year 1: ALD 120 patients → tier « 101 à 219 » 3 000 € + new patients 2 000 × 150/200 = 1 500 €
        //                → 4 500 €; the indicator without an amount earns nothing
        // ACCESS year 2: ALD 80 → « 51 à 100 » 6 000 €; new patients not measured → 6 000 €
        // ACCESS year 3: only the indicator without an amount is measured → no entry
        // PATHWAYS states no amount → no entry (the weighted mean stays); QUALITY is not chosen
        // PREVENTION year 1: 70,10 % ≥ socle 69,70 % → 1 000 €
        assertEquals(List.of(
                new EarnedAmount(Mission.ACCESS, 1, n("4500.00")),
                new EarnedAmount(Mission.ACCESS, 2, n("6000.00")),
                new EarnedAmount(Mission.PREVENTION, 1, n("1000.00"))), MissionService.earnedAmounts(content()));
    }

    @Test
    void theMaximumIsTheBestOfEachIndicatorThatCanBeAssessedThatYear() {
        // ACCESS: 9 000 (ALD best tier) + 2 000 (new patients, years 1–3 only, where it has a target)
        // PREVENTION: 3 500 (objective tier) every year
        assertEquals(List.of(
                new EarnedAmount(Mission.ACCESS, 1, n("11000.00")),
                new EarnedAmount(Mission.ACCESS, 2, n("11000.00")),
                new EarnedAmount(Mission.ACCESS, 3, n("11000.00")),
                new EarnedAmount(Mission.ACCESS, 4, n("9000.00")),
                new EarnedAmount(Mission.ACCESS, 5, n("9000.00")),
                new EarnedAmount(Mission.PREVENTION, 1, n("3500.00")),
                new EarnedAmount(Mission.PREVENTION, 2, n("3500.00")),
                new EarnedAmount(Mission.PREVENTION, 3, n("3500.00")),
                new EarnedAmount(Mission.PREVENTION, 4, n("3500.00")),
                new EarnedAmount(Mission.PREVENTION, 5, n("3500.00"))), MissionService.maximumEarnable(content()));
    }

    @Test
    void aContractWithoutAmountsEarnsNothingIndicatorByIndicator() {
        MissionContent none = new MissionContent(List.of(new CaseMission(Mission.ACCESS, true, null, false)),
                List.of(), List.of(withoutAmount(Mission.ACCESS, Map.of(1, n("5")))), List.of());
        assertEquals(List.of(), MissionService.earnedAmounts(none));
        assertEquals(List.of(), MissionService.maximumEarnable(none));
    }

    @Test
    void theFundingEnginePaysTheEarnedAmountsInsteadOfTheRate() {
        FundingInput.Builder input = FundingInput.builder(105_452, LocalDate.of(2026, 3, 15)).rulesVersion("ACI-2019")
                .missions(Mission.ACCESS, Mission.PREVENTION);
        MissionService.earnedAmounts(content()).forEach(e -> input.earned(e.mission(), e.contractYear(), e.amount()));
        FundingResult result = new FundingEngine(RulesFiles.shippedCatalog()).compute(input.build());
        // taille 3: ACCESS variable 25 000 €, PREVENTION 17 500 €; years with an earned amount pay it at the
        // anniversary, the others keep the default rate (100 %)
        assertEquals(List.of("2027-03-15 1 4500.00", "2028-03-15 2 6000.00", "2029-03-15 3 25000.00"),
                variable(result, Mission.ACCESS).subList(0, 3));
        assertEquals("2027-03-15 1 1000.00", variable(result, Mission.PREVENTION).getFirst());
    }

    private static List<String> variable(FundingResult result, Mission mission) {
        return result.payments().stream().filter(p -> p.mission() == mission && p.component() == Component.VARIABLE)
                .map(p -> p.date() + " " + p.contractYear() + " " + p.amount().toPlainString()).toList();
    }
}
