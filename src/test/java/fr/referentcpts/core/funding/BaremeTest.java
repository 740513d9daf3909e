package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.annual;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell and every total of the ACI 2019 barème, as the engine applies them. */
class BaremeTest {
    /** Every mission, with the SNP orientation option: all the lines of the barème. */
    private static FundingResult everything(int sizeClass, boolean snpOrientation) {
        MissionChoice access = MissionChoice.atSignature(Mission.ACCESS);
        return ENGINE.compute(FundingInput.builder(populationOf(sizeClass), date("2026-03-15"))
                .rulesVersion("ACI-2019")
                .mission(snpOrientation ? access.withSnpOrientation() : access)
                .missions(Mission.PATHWAYS, Mission.PREVENTION, Mission.QUALITY, Mission.SUPPORT)
                .build());
    }

    /** A population inside each class, so the class comes from the bounds, not an override. */
    private static long populationOf(int sizeClass) {
        return new long[] {27_143, 60_000, 105_452, 250_000}[sizeClass - 1];
    }

    @ParameterizedTest(name = "{0} {1}, taille {2} : {3} €")
    @CsvSource({
        ", OPERATING, 1, 50000", ", OPERATING, 2, 60000", ", OPERATING, 3, 75000", ", OPERATING, 4, 90000",
        "ACCESS, FIXED, 1, 15000", "ACCESS, FIXED, 2, 17500", "ACCESS, FIXED, 3, 25000", "ACCESS, FIXED, 4, 30000",
        "ACCESS, VARIABLE, 1, 15000", "ACCESS, VARIABLE, 2, 17500", "ACCESS, VARIABLE, 3, 25000",
        "ACCESS, VARIABLE, 4, 30000",
        "ACCESS, SNP_COMPENSATION, 1, 10000", "ACCESS, SNP_COMPENSATION, 2, 12000",
        "ACCESS, SNP_COMPENSATION, 3, 15000", "ACCESS, SNP_COMPENSATION, 4, 20000",
        "ACCESS, SNP_ORIENTATION, 1, 35000", "ACCESS, SNP_ORIENTATION, 2, 45000",
        "ACCESS, SNP_ORIENTATION, 3, 55000", "ACCESS, SNP_ORIENTATION, 4, 70000",
        "PATHWAYS, FIXED, 1, 25000", "PATHWAYS, FIXED, 2, 35000", "PATHWAYS, FIXED, 3, 45000",
        "PATHWAYS, FIXED, 4, 50000",
        "PATHWAYS, VARIABLE, 1, 25000", "PATHWAYS, VARIABLE, 2, 35000", "PATHWAYS, VARIABLE, 3, 45000",
        "PATHWAYS, VARIABLE, 4, 50000",
        "PREVENTION, FIXED, 1, 10000", "PREVENTION, FIXED, 2, 15000", "PREVENTION, FIXED, 3, 17500",
        "PREVENTION, FIXED, 4, 20000",
        "PREVENTION, VARIABLE, 1, 10000", "PREVENTION, VARIABLE, 2, 15000", "PREVENTION, VARIABLE, 3, 17500",
        "PREVENTION, VARIABLE, 4, 20000",
        "QUALITY, FIXED, 1, 7500", "QUALITY, FIXED, 2, 10000", "QUALITY, FIXED, 3, 15000", "QUALITY, FIXED, 4, 20000",
        "QUALITY, VARIABLE, 1, 7500", "QUALITY, VARIABLE, 2, 10000", "QUALITY, VARIABLE, 3, 15000",
        "QUALITY, VARIABLE, 4, 20000",
        "SUPPORT, FIXED, 1, 5000", "SUPPORT, FIXED, 2, 7500", "SUPPORT, FIXED, 3, 10000", "SUPPORT, FIXED, 4, 15000",
        "SUPPORT, VARIABLE, 1, 5000", "SUPPORT, VARIABLE, 2, 7500", "SUPPORT, VARIABLE, 3, 10000",
        "SUPPORT, VARIABLE, 4, 15000",
    })
    void everyCellOfTheBaremeIsTheAnnualAmountOfItsSizeClass(Mission mission, Component component, int sizeClass,
            String amount) {
        FundingResult result = everything(sizeClass, true);
        assertEquals(sizeClass, result.sizeClass().applied().number());
        assertEquals(euros(amount), annual(result, mission, component));
    }

    @ParameterizedTest(name = "{0}, taille {1} : {2} €")
    @CsvSource({
        "ACCESS, 1, 75000", "ACCESS, 2, 92000", "ACCESS, 3, 120000", "ACCESS, 4, 150000",
        "PATHWAYS, 1, 50000", "PATHWAYS, 2, 70000", "PATHWAYS, 3, 90000", "PATHWAYS, 4, 100000",
        "PREVENTION, 1, 20000", "PREVENTION, 2, 30000", "PREVENTION, 3, 35000", "PREVENTION, 4, 40000",
        "QUALITY, 1, 15000", "QUALITY, 2, 20000", "QUALITY, 3, 30000", "QUALITY, 4, 40000",
        "SUPPORT, 1, 10000", "SUPPORT, 2, 15000", "SUPPORT, 3, 20000", "SUPPORT, 4, 30000",
    })
    void eachMissionTotalsWhatSeed001States(Mission mission, int sizeClass, String total) {
        // ACCESS T1: 15 000 fixe + 15 000 variable + 10 000 compensation SNP + 35 000 orientation SNP = 75 000
        FundingResult result = everything(sizeClass, true);
        assertEquals(euros(total), sum(result, Set.of(mission), Set.of()));
    }

    @ParameterizedTest(name = "taille {0} : {1} €")
    @CsvSource({"1, 220000", "2, 287000", "3, 370000", "4, 450000"})
    void everyMissionWithSnpOrientationReachesTheMaximumOfItsSize(int sizeClass, String maximum) {
        // T3: 75 000 + 120 000 + 90 000 + 35 000 + 30 000 + 20 000 = 370 000
        assertEquals(euros(maximum), everything(sizeClass, true).annualTotal());
    }

    @ParameterizedTest(name = "taille {0} : fixe {1}, variable {2}, total {3}")
    @CsvSource({
        "1, 62500, 72500, 185000", "2, 85000, 97000, 242000",
        "3, 112500, 127500, 315000", "4, 135000, 155000, 380000",
    })
    void withoutSnpOrientationTheTotalsAreThoseOfSeed000(int sizeClass, String fixed, String variable, String total) {
        // T1: fixe 15 000 + 25 000 + 10 000 + 7 500 + 5 000 = 62 500 ;
        // variable 15 000 + 10 000 (compensation SNP) + 25 000 + 10 000 + 7 500 + 5 000 = 72 500 ;
        // total 50 000 + 62 500 + 72 500 = 185 000 (« peut s'ajouter … jusqu'à 70 000 € » : l'orientation SNP)
        FundingResult result = everything(sizeClass, false);
        assertEquals(euros(fixed), sum(result, Set.of(), Set.of(Component.FIXED)));
        assertEquals(euros(variable), sum(result, Set.of(), Set.of(Component.VARIABLE, Component.SNP_COMPENSATION)));
        assertEquals(euros(total), result.annualTotal());
    }

    @ParameterizedTest(name = "taille {0} : {1} €")
    @CsvSource({"1, 35000", "2, 45000", "3, 55000", "4, 70000"})
    void theSnpOrientationLineIsTheGapBetweenTheMaximumAndSeed000sTotal(int sizeClass, String orientation) {
        BigDecimal gap = everything(sizeClass, true).annualTotal().subtract(everything(sizeClass, false).annualTotal());
        assertEquals(euros(orientation), gap);
    }

    private static BigDecimal sum(FundingResult result, Set<Mission> missions, Set<Component> components) {
        return result.annual().stream()
                .filter(l -> missions.isEmpty() || (l.mission() != null && missions.contains(l.mission())))
                .filter(l -> components.isEmpty() || components.contains(l.component()))
                .map(AnnualLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
