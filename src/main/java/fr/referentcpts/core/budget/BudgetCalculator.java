package fr.referentcpts.core.budget;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.Money;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.TerminationResult;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.Phrase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cellule's budget from its case files, computed the one way a case's money is computed
 * ({@link ContractFunding}):
 * <ul>
 * <li>committed: the payments of the contract's calendar, by the calendar year of their date, once
 * the case is in follow-up (or past it) — as the home screen counts the money due; before, while
 * its letter of intent is validated, the payment at that validation only, even with a signature
 * date planned; for a RÉSILIÉ contract, the payments due up to its termination, less the advances
 * it pays back (counted in the year of the termination);</li>
 * <li>to confirm: the part of it computed from amounts only proposed;</li>
 * <li>paid: the payments the CPTS recorded as received, by the calendar year of their date.</li>
 * </ul>
 * Archived case files count too: their money was committed and paid all the same. A case whose
 * calendar cannot be computed is listed with what it was paid, and left out of the totals.
 */
public final class BudgetCalculator {
    private BudgetCalculator() {
    }

    /**
     * @param recovery what a RÉSILIÉ case pays back, from its termination entry (empty otherwise)
     */
    public static PortfolioBudget of(List<CaseSnapshot> snapshots, FundingEngine engine,
            Function<CaseSnapshot, Optional<TerminationResult>> recovery, LocalDate today) {
        List<ContractBudget> contracts = new ArrayList<>();
        Map<WorkflowStage, long[]> stages = new EnumMap<>(WorkflowStage.class);
        Map<String, long[]> referents = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CaseSnapshot snapshot : snapshots) {
            if (!snapshot.caseFile().archived()) {
                long[] figures = stages.computeIfAbsent(snapshot.caseFile().stage(), s -> new long[2]);
                figures[0]++;
                figures[1] += snapshot.population();
                long[] theirs = referents.computeIfAbsent(snapshot.caseFile().referent().strip(), r -> new long[3]);
                theirs[0]++;
                if (snapshot.caseFile().stage() == WorkflowStage.FOLLOW_UP) {
                    theirs[1]++;
                    theirs[2] += snapshot.population();
                }
            }
            contract(snapshot, engine, recovery, today).ifPresent(contracts::add);
        }
        contracts.sort(Comparator.comparing(ContractBudget::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.caseId().toString()));
        List<StageFigures> pipeline = new ArrayList<>();
        stages.forEach((stage, f) -> pipeline.add(new StageFigures(stage, (int) f[0], f[1])));
        List<ReferentFigures> byReferent = new ArrayList<>();
        referents.forEach((name, f) -> byReferent.add(new ReferentFigures(name, (int) f[0], (int) f[1], f[2])));
        return PortfolioBudget.of(today, null, contracts, pipeline, byReferent);
    }

    /** The budget of one case, or nothing when it has neither a calendar nor a payment recorded. */
    static Optional<ContractBudget> contract(CaseSnapshot snapshot, FundingEngine engine,
            Function<CaseSnapshot, Optional<TerminationResult>> recovery, LocalDate today) {
        WorkflowStage stage = snapshot.caseFile().stage();
        Optional<ContractFunding.Outcome> outcome = signed(stage) ? ContractFunding.compute(snapshot, engine)
                : Optional.empty();
        if (outcome.isPresent() && !outcome.get().computed()) {
            return Optional.of(notComputed(snapshot, outcome.get().problem()));
        }
        if (outcome.isPresent()) {
            FundingResult result = outcome.get().result();
            List<Payment> payments = result.payments();
            BigDecimal payBack = Money.ZERO;
            LocalDate terminated = null;
            Optional<TerminationResult> termination = stage == WorkflowStage.TERMINATED ? recovery.apply(snapshot)
                    : Optional.empty();
            if (termination.isPresent()) {
                terminated = termination.get().date();
                LocalDate end = terminated;
                payments = payments.stream().filter(p -> !p.date().isAfter(end)).toList();
                payBack = termination.get().total();
            }
            TreeMap<Integer, BudgetAmounts> years = years(payments, snapshot.payments());
            if (payBack.signum() != 0) {
                years.merge(terminated.getYear(), new BudgetAmounts(payBack.negate(), Money.ZERO, Money.ZERO),
                        BudgetAmounts::plus);
            }
            BudgetStatus status = !result.complete() ? BudgetStatus.INCOMPLETE
                    : payments.stream().anyMatch(Payment::amountToConfirm) ? BudgetStatus.TO_CONFIRM
                    : BudgetStatus.FINAL;
            return Optional.of(budget(snapshot, status, null, years));
        }
        if (snapshot.letter().validated()) {
            try {
                List<Payment> letter = engine.compute(ContractFunding.input(snapshot,
                        ContractFunding.Purpose.FOLLOW_UP, engine.catalog(), today)).payments().stream()
                        .filter(p -> p.component() == Component.LETTER_OF_INTENT).toList();
                TreeMap<Integer, BudgetAmounts> years = years(letter, snapshot.payments());
                return years.isEmpty() ? Optional.empty()
                        : Optional.of(budget(snapshot, BudgetStatus.LETTER_ONLY, null, years));
            } catch (DomainException e) {
                return Optional.of(notComputed(snapshot, new Phrase(e.messageKey(), List.of(e.arguments()))));
            }
        }
        if (!snapshot.payments().isEmpty()) {
            return Optional.of(notComputed(snapshot, Phrase.of("budget.problem.noCalendar")));
        }
        return Optional.empty();
    }

    /** In follow-up or past it (RÉSILIÉ, TERMINÉ): the contract's calendar commits money. */
    private static boolean signed(WorkflowStage stage) {
        return stage == WorkflowStage.FOLLOW_UP || stage == WorkflowStage.TERMINATED || stage == WorkflowStage.CLOSED;
    }

    private static ContractBudget notComputed(CaseSnapshot snapshot, Phrase problem) {
        return budget(snapshot, BudgetStatus.NOT_COMPUTED, problem, years(List.of(), snapshot.payments()));
    }

    private static ContractBudget budget(CaseSnapshot snapshot, BudgetStatus status, Phrase problem,
            TreeMap<Integer, BudgetAmounts> years) {
        years.values().removeIf(BudgetAmounts::isZero);
        return new ContractBudget(snapshot.id(), snapshot.caseFile().name(), snapshot.caseFile().stage(), status,
                problem, years);
    }

    private static TreeMap<Integer, BudgetAmounts> years(List<Payment> due, List<PaymentReceived> received) {
        TreeMap<Integer, BudgetAmounts> years = new TreeMap<>();
        for (Payment p : due) {
            years.merge(p.date().getYear(), new BudgetAmounts(p.amount(),
                    p.amountToConfirm() ? p.amount() : Money.ZERO, Money.ZERO), BudgetAmounts::plus);
        }
        for (PaymentReceived p : received) {
            years.merge(p.date().getYear(), new BudgetAmounts(Money.ZERO, Money.ZERO, p.amount()),
                    BudgetAmounts::plus);
        }
        return years;
    }
}
