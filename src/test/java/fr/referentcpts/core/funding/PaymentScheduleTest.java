package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.ENGINE;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static fr.referentcpts.core.funding.ShippedRules.euros;
import static fr.referentcpts.core.funding.ShippedRules.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The payment calendar (advances, balances, prorata of the first year), for missions started at signature. */
class PaymentScheduleTest {
    /** Taille 1, the three socle missions at signature, 100 % achievement. */
    private static final FundingResult SOCLE_T1 = ENGINE.compute(FundingInput.builder(27_143, date("2026-01-10"))
            .rulesVersion("ACI-2019")
            .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION)
            .build());

    static Stream<Arguments> seed000Pattern() {
        return Stream.of(
                // Fonctionnement 50 000: « N : 100 % ; N+1 : 75 % ; N+2 : 25 % de N+1 + 75 % de N+2 »
                Arguments.of(null, Component.OPERATING, List.of(
                        "2026-01-10 FULL 1 50000.00",
                        "2027-01-10 ADVANCE 2 37500.00",
                        "2028-01-10 BALANCE 2 12500.00", "2028-01-10 ADVANCE 3 37500.00",
                        "2029-01-10 BALANCE 3 12500.00", "2029-01-10 ADVANCE 4 37500.00",
                        "2030-01-10 BALANCE 4 12500.00", "2030-01-10 ADVANCE 5 37500.00",
                        "2031-01-10 BALANCE 5 12500.00")),
                // Volet fixe PATHWAYS 25 000: « N : 75 % ; N+1 : 25 % de N + 75 % de N+1 ; … »
                Arguments.of(Mission.PATHWAYS, Component.FIXED, List.of(
                        "2026-01-10 ADVANCE 1 18750.00",
                        "2027-01-10 BALANCE 1 6250.00", "2027-01-10 ADVANCE 2 18750.00",
                        "2028-01-10 BALANCE 2 6250.00", "2028-01-10 ADVANCE 3 18750.00",
                        "2029-01-10 BALANCE 3 6250.00", "2029-01-10 ADVANCE 4 18750.00",
                        "2030-01-10 BALANCE 4 6250.00", "2030-01-10 ADVANCE 5 18750.00",
                        "2031-01-10 BALANCE 5 6250.00")),
                // Volet variable PATHWAYS 25 000: « N+1 : selon le taux d'atteinte de l'année N »
                Arguments.of(Mission.PATHWAYS, Component.VARIABLE, List.of(
                        "2027-01-10 VARIABLE 1 25000.00", "2028-01-10 VARIABLE 2 25000.00",
                        "2029-01-10 VARIABLE 3 25000.00", "2030-01-10 VARIABLE 4 25000.00",
                        "2031-01-10 VARIABLE 5 25000.00")),
                // Compensation SNP 10 000: paid like a variable part (convention)
                Arguments.of(Mission.ACCESS, Component.SNP_COMPENSATION, List.of(
                        "2027-01-10 VARIABLE 1 10000.00", "2028-01-10 VARIABLE 2 10000.00",
                        "2029-01-10 VARIABLE 3 10000.00", "2030-01-10 VARIABLE 4 10000.00",
                        "2031-01-10 VARIABLE 5 10000.00")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seed000Pattern")
    void aLineStartedAtSignatureFollowsSeed000sPatternOverFiveYears(Mission mission, Component component,
            List<String> expected) {
        assertEquals(expected, rows(SOCLE_T1, mission, component));
    }

    @Test
    void theSnpOrientationLineIsPaidLikeAFixedPart() {
        FundingResult result = ENGINE.compute(FundingInput.builder(27_143, date("2026-01-10")).rulesVersion("ACI-2019")
                .mission(MissionChoice.atSignature(Mission.ACCESS).withSnpOrientation()).build());
        // 35 000 (T1): 75 % = 26 250 in advance, 8 750 balance at the anniversary
        assertEquals(List.of("2026-01-10 ADVANCE 1 26250.00", "2027-01-10 BALANCE 1 8750.00"),
                rows(result, Mission.ACCESS, Component.SNP_ORIENTATION).subList(0, 2));
    }

    @Test
    void withoutTheOptionThereIsNoSnpOrientationLine() {
        assertEquals(List.of(), rows(SOCLE_T1, Mission.ACCESS, Component.SNP_ORIENTATION));
        assertTrue(SOCLE_T1.annual().stream().noneMatch(l -> l.component() == Component.SNP_ORIENTATION));
    }

    @Test
    void paymentsOnEachDateAddUpToSeed000sYearlyPattern() {
        // Annual T1 socle: operating 50 000; fixed 15 000 + 25 000 + 10 000 = 50 000;
        // variable 15 000 + 25 000 + 10 000 = 50 000; SNP compensation 10 000.
        // Signature: 50 000 + 75 % × 50 000 = 87 500.
        // 1st anniversary: 37 500 (operating advance) + 12 500 + 37 500 (fixed) + 50 000 + 10 000 = 147 500.
        // 2nd–4th: + 12 500 operating balance = 160 000. 5th: 12 500 + 12 500 + 60 000 = 85 000.
        Map<LocalDate, BigDecimal> byDate = new java.util.TreeMap<>();
        SOCLE_T1.payments().forEach(p -> byDate.merge(p.date(), p.amount(), BigDecimal::add));
        assertEquals(Map.of(date("2026-01-10"), euros("87500"), date("2027-01-10"), euros("147500"),
                date("2028-01-10"), euros("160000"), date("2029-01-10"), euros("160000"),
                date("2030-01-10"), euros("160000"), date("2031-01-10"), euros("85000")), byDate);
    }

    @Test
    void totalsPerContractYearAreTheAnnualEnvelopeAndTheContractTotalIsFiveOfThem() {
        // 50 000 + 50 000 + 50 000 + 10 000 = 160 000 a year; 800 000 over five years
        assertEquals(euros("160000"), SOCLE_T1.annualTotal());
        SOCLE_T1.totalsByContractYear().values().forEach(total -> assertEquals(euros("160000"), total));
        assertEquals(euros("800000"), SOCLE_T1.contractTotal());
    }

    @Test
    void totalsPerCalendarYearFollowThePaymentDates() {
        assertEquals(List.of(2026, 2027, 2028, 2029, 2030, 2031), List.copyOf(SOCLE_T1.totalsByCalendarYear().keySet()));
        assertEquals(euros("87500"), SOCLE_T1.totalsByCalendarYear().get(2026));
        assertEquals(euros("85000"), SOCLE_T1.totalsByCalendarYear().get(2031));
    }

    @Test
    void theCalendarIsInDateOrderWithTheOperatingBudgetFirst() {
        Payment first = SOCLE_T1.payments().getFirst();
        assertEquals(Component.OPERATING, first.component());
        assertEquals(PaymentKind.FULL, first.kind());
        for (int i = 1; i < SOCLE_T1.payments().size(); i++) {
            assertTrue(!SOCLE_T1.payments().get(i).date().isBefore(SOCLE_T1.payments().get(i - 1).date()));
        }
    }

    @Test
    void theDeadlinesCountMonthsFromTheSignature() {
        // ACCESS 6 / 18 months, PATHWAYS and PREVENTION 12 / 24 months
        assertEquals(List.of(
                new MissionDeadline(Mission.ACCESS, date("2026-07-10"), date("2027-07-10"), deadlineSource(), false),
                new MissionDeadline(Mission.PATHWAYS, date("2027-01-10"), date("2028-01-10"), deadlineSource(), false),
                new MissionDeadline(Mission.PREVENTION, date("2027-01-10"), date("2028-01-10"), deadlineSource(), false)),
                SOCLE_T1.deadlines());
    }

    @Test
    void anOptionalMissionHasNoDeadline() {
        FundingResult result = ENGINE.compute(FundingInput.builder(27_143, date("2026-01-10")).rulesVersion("ACI-2019")
                .missions(Mission.QUALITY).build());
        MissionDeadline quality = result.deadlines().getFirst();
        assertEquals(Mission.QUALITY, quality.mission());
        assertEquals(null, quality.start());
        assertEquals(null, quality.deployed());
    }

    @Test
    void everyAdvanceAndItsBalanceAddUpToTheAnnualAmount() {
        for (Payment balance : SOCLE_T1.payments()) {
            if (balance.kind() == PaymentKind.BALANCE) {
                BigDecimal paidBefore = SOCLE_T1.payments().stream()
                        .filter(p -> p.mission() == balance.mission() && p.component() == balance.component())
                        .filter(p -> p.contractYear() == balance.contractYear() && p.kind() != PaymentKind.BALANCE)
                        .map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
                BigDecimal annual = ShippedRules.annual(SOCLE_T1, balance.mission(), balance.component());
                assertEquals(annual, paidBefore.add(balance.amount()), balance.toString());
            }
        }
    }

    private static Source deadlineSource() {
        return ShippedRules.CATALOG.find("ACI-2019").orElseThrow().mission(Mission.ACCESS).orElseThrow()
                .deadlines().source();
    }
}
