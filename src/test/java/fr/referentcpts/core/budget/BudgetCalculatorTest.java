package fr.referentcpts.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.TerminationResult;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cellule's budget as a worked example, on 22/11/2026, rules of the avenant 2:
 * <ul>
 * <li>« CPTS du Bocage » (taille 1), signed 15/07/2025, letter of intent validated 20/01/2025; the
 * contract states its operating budget, 48 333,33 €, and its letter-of-intent payment, 15 000 €.
 * Calendar: 15 000 on 20/01/2025; 48 333,33 at signature; then each 15/07 an advance of 75 %
 * (48 333,33 × 0,75 = 36 249,9975 → 36 250,00) and the balance of the year before
 * (48 333,33 − 36 250,00 = 12 083,33), until the balance of 15/07/2030.</li>
 * <li>« CPTS des Marais » (taille 2, 52 000 inhabitants), signed 01/03/2026, nothing stated: its
 * operating budget, 60 000 €, is only proposed by the barème, so all its money is « à confirmer ».</li>
 * <li>« CPTS ancienne », pinned to the avenant 2 but signed before it was in force: no calendar.</li>
 * </ul>
 */
class BudgetCalculatorTest {
    private final BudgetCases bocage = BudgetCases.named("CPTS du Bocage").population(27_360)
            .signedOn(LocalDate.of(2025, 7, 15)).letterValidatedOn(LocalDate.of(2025, 1, 20))
            .statesOperatingAndLetter("48333.33", "15000.00")
            .paid(LocalDate.of(2025, 2, 3), "15000.00").paid(LocalDate.of(2025, 8, 1), "48333.33")
            .paid(LocalDate.of(2026, 7, 20), "36000.00");
    private final BudgetCases marais = BudgetCases.named("CPTS des Marais").population(52_000)
            .signedOn(LocalDate.of(2026, 3, 1)).paid(LocalDate.of(2026, 3, 20), "60000.00");
    private final BudgetCases ancienne = BudgetCases.named("CPTS ancienne").population(30_000)
            .signedOn(LocalDate.of(2020, 5, 1)).paid(LocalDate.of(2020, 6, 1), "50000.00");

    private static PortfolioBudget budget(BudgetCases... cases) {
        return BudgetCalculator.of(java.util.Arrays.stream(cases).map(BudgetCases::build).toList(),
                BudgetCases.ENGINE, s -> Optional.empty(), BudgetCases.TODAY);
    }

    private static BudgetAmounts amounts(String committed, String toConfirm, String paid) {
        return new BudgetAmounts(new BigDecimal(committed), new BigDecimal(toConfirm), new BigDecimal(paid));
    }

    private static ContractBudget contract(PortfolioBudget budget, UUID id) {
        return budget.contracts().stream().filter(c -> c.caseId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachContractIsCommittedByCalendarYearAndPaidAsRecorded() {
        PortfolioBudget budget = budget(bocage, marais, ancienne);

        ContractBudget first = contract(budget, bocage.id());
        assertEquals(BudgetStatus.FINAL, first.status());
        assertEquals(Map.of(
                // 15 000,00 + 48 333,33; paid 15 000,00 + 48 333,33
                2025, amounts("63333.33", "0", "63333.33"),
                // the advance of year 2; 36 000,00 paid: 250,00 still to pay
                2026, amounts("36250.00", "0", "36000.00"),
                // a balance and an advance each year: 12 083,33 + 36 250,00
                2027, amounts("48333.33", "0", "0"),
                2028, amounts("48333.33", "0", "0"),
                2029, amounts("48333.33", "0", "0"),
                2030, amounts("12083.33", "0", "0")), first.years());
        assertEquals(new BigDecimal("250.00"), first.years().get(2026).remaining());
        // 15 000,00 + 5 × 48 333,33 = 256 666,65 committed; 99 333,33 paid
        assertEquals(amounts("256666.65", "0", "99333.33"), first.total());
        assertEquals(new BigDecimal("157333.32"), first.total().remaining());
    }

    @Test
    void proposedAmountsAreCountedButFlaggedToConfirm() {
        ContractBudget second = contract(budget(marais), marais.id());

        assertEquals(BudgetStatus.TO_CONFIRM, second.status());
        // 60 000 at signature, then 45 000 advances and 15 000 balances: all proposed
        assertEquals(amounts("60000.00", "60000.00", "60000.00"), second.years().get(2026));
        assertEquals(amounts("45000.00", "45000.00", "0"), second.years().get(2027));
        assertEquals(amounts("15000.00", "15000.00", "0"), second.years().get(2031));
        // 5 × 60 000
        assertEquals(amounts("300000.00", "300000.00", "60000.00"), second.total());
    }

    @Test
    void aContractWithoutCalendarIsListedWithItsPaymentsButNeverSummed() {
        PortfolioBudget budget = budget(bocage, marais, ancienne);

        ContractBudget old = contract(budget, ancienne.id());
        assertEquals(BudgetStatus.NOT_COMPUTED, old.status());
        assertEquals("funding.error.versionNotYetInForce", old.problem().key());
        assertEquals(amounts("0", "0", "50000.00"), old.years().get(2020));
        assertEquals(List.of(old), budget.notComputed());
        assertFalse(budget.totalsByYear().containsKey(2020));
        // 256 666,65 + 300 000,00 committed, of which 300 000,00 to confirm; 99 333,33 + 60 000,00 paid
        assertEquals(amounts("556666.65", "300000.00", "159333.33"), budget.total());
        assertTrue(budget.hasAmountsToConfirm());
    }

    @Test
    void oneYearShowsItsContractsAndItsTotals() {
        PortfolioBudget year = budget(bocage, marais, ancienne).restrictedTo(2026);

        assertEquals(2026, year.year());
        assertEquals(List.of("CPTS ancienne", "CPTS des Marais", "CPTS du Bocage"),
                year.contracts().stream().map(ContractBudget::name).toList());
        // 36 250,00 + 60 000,00 committed (60 000,00 to confirm); 36 000,00 + 60 000,00 paid; 250,00 to pay
        assertEquals(amounts("96250.00", "60000.00", "96000.00"), year.total());
        assertEquals(new BigDecimal("250.00"), year.total().remaining());
        assertEquals(java.util.Set.of(2026), year.totalsByYear().keySet());

        PortfolioBudget before = budget(bocage, marais).restrictedTo(2024);
        assertEquals(List.of(), before.contracts());
        assertEquals(BudgetAmounts.ZERO, before.total());
    }

    @Test
    void aLetterOfIntentValidatedBeforeSignatureCommitsItsPaymentOnly() {
        BudgetCases waiting = BudgetCases.named("CPTS du Pré-Bocage").population(27_360)
                .stage(WorkflowStage.HEALTH_PROJECT).letterValidatedOn(LocalDate.of(2026, 2, 10));
        BudgetCases notYet = BudgetCases.named("CPTS en projet").population(27_360).stage(WorkflowStage.PRE_PROJECT);
        // Signature planned, the case still in negotiation: its calendar is not committed yet.
        BudgetCases signing = BudgetCases.named("CPTS du Littoral").population(27_360).stage(WorkflowStage.SIGNATURE)
                .letterValidatedOn(LocalDate.of(2025, 11, 3)).signedOn(LocalDate.of(2026, 12, 15));

        PortfolioBudget budget = budget(waiting, notYet, signing);

        ContractBudget letter = contract(budget, waiting.id());
        assertEquals(BudgetStatus.LETTER_ONLY, letter.status());
        // taille 1: 15 000 at the validation, an amount only proposed
        assertEquals(Map.of(2026, amounts("15000.00", "15000.00", "0")), letter.years());
        assertNull(letter.problem());
        ContractBudget planned = contract(budget, signing.id());
        assertEquals(BudgetStatus.LETTER_ONLY, planned.status());
        assertEquals(Map.of(2025, amounts("15000.00", "15000.00", "0")), planned.years());
        assertEquals(2, budget.contracts().size());
    }

    @Test
    void aTerminatedContractKeepsThePaymentsDueUntilItsEndLessWhatItPaysBack() {
        BudgetCases ended = BudgetCases.named("CPTS des Marais").population(52_000).stage(WorkflowStage.TERMINATED)
                .signedOn(LocalDate.of(2026, 3, 1));
        CaseSnapshot snapshot = ended.build();
        TerminationResult termination = BudgetCases.ENGINE.terminate(
                ContractFunding.compute(snapshot, BudgetCases.ENGINE).orElseThrow().result(), LocalDate.of(2027, 9, 1));

        PortfolioBudget budget = BudgetCalculator.of(List.of(snapshot), BudgetCases.ENGINE,
                s -> Optional.of(termination), BudgetCases.TODAY);

        ContractBudget contract = budget.contracts().getFirst();
        // The advance of 01/03/2027 (45 000) was due; the payments after 01/09/2027 are not made.
        assertEquals(java.util.Set.of(2026, 2027), contract.years().keySet());
        assertTrue(termination.total().signum() > 0);
        assertEquals(new BigDecimal("45000.00").subtract(termination.total()), contract.years().get(2027).committed());
    }

    @Test
    void thePipelineCountsTheCaseFilesNotArchivedAndTheirPopulation() {
        PortfolioBudget budget = budget(bocage, marais, ancienne.archived(),
                BudgetCases.named("CPTS en projet").population(12_000).stage(WorkflowStage.PRE_PROJECT));

        assertEquals(List.of(new StageFigures(WorkflowStage.PRE_PROJECT, 1, 12_000),
                new StageFigures(WorkflowStage.FOLLOW_UP, 2, 79_360)), budget.pipeline());
        // the archived contract still shows what it was paid
        assertEquals(3, budget.contracts().size());
    }

    @Test
    void thePipelineOfEachReferentCountsTheirCaseFilesAndTheContractsInForce() {
        PortfolioBudget budget = budget(bocage, marais.followedBy("Sophie Lemaire"), ancienne.archived(),
                BudgetCases.named("CPTS en projet").population(12_000).stage(WorkflowStage.PRE_PROJECT)
                        .followedBy("sophie lemaire"),
                BudgetCases.named("CPTS sans suivi").stage(WorkflowStage.PRE_PROJECT).followedBy(" "));

        assertEquals(List.of(new ReferentFigures("", 1, 0, 0), new ReferentFigures("Camille Roussel", 1, 1, 27_360),
                new ReferentFigures("Sophie Lemaire", 2, 1, 52_000)), budget.referents());
    }
}
