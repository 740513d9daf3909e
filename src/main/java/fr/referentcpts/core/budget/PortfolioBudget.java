package fr.referentcpts.core.budget;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cellule's budget on {@code today}: each contract's money by calendar year, and the totals
 * of the contracts whose calendar could be computed (a contract {@link BudgetStatus#NOT_COMPUTED}
 * is listed with what it was paid, never summed). Restricted to one calendar year when
 * {@code year} is given.
 *
 * @param pipeline  the case files not archived, per stage, with the population they cover
 * @param referents the case files not archived, per referent (by name), with their contracts in force
 */
public record PortfolioBudget(LocalDate today, Integer year, List<ContractBudget> contracts,
        SortedMap<Integer, BudgetAmounts> totalsByYear, BudgetAmounts total, List<StageFigures> pipeline,
        List<ReferentFigures> referents) {

    public PortfolioBudget {
        contracts = List.copyOf(contracts);
        totalsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(totalsByYear));
        pipeline = List.copyOf(pipeline);
        referents = List.copyOf(referents);
    }

    /** The budget of {@code contracts}, its totals summed over those counted. */
    public static PortfolioBudget of(LocalDate today, Integer year, List<ContractBudget> contracts,
            List<StageFigures> pipeline, List<ReferentFigures> referents) {
        TreeMap<Integer, BudgetAmounts> totals = new TreeMap<>();
        for (ContractBudget contract : contracts) {
            if (contract.status().counted()) {
                contract.years().forEach((y, amounts) -> totals.merge(y, amounts, BudgetAmounts::plus));
            }
        }
        BudgetAmounts total = totals.values().stream().reduce(BudgetAmounts.ZERO, BudgetAmounts::plus);
        return new PortfolioBudget(today, year, contracts, totals, total, pipeline, referents);
    }

    /**
     * Only {@code year}: the contracts with something committed or paid that year, and its totals;
     * a contract whose calendar cannot be computed stays listed, so it is never forgotten.
     */
    public PortfolioBudget restrictedTo(int onlyYear) {
        List<ContractBudget> kept = contracts.stream().map(c -> c.restrictedTo(onlyYear))
                .filter(c -> !c.years().isEmpty() || !c.status().counted()).toList();
        return of(today, onlyYear, kept, pipeline, referents);
    }

    /** The calendar years with something committed or paid, for the year selector. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> all = new TreeSet<>();
        contracts.forEach(c -> all.addAll(c.years().keySet()));
        return Collections.unmodifiableSortedSet(all);
    }

    /** The contracts left out of the totals because their calendar cannot be computed. */
    public List<ContractBudget> notComputed() {
        return contracts.stream().filter(c -> !c.status().counted()).toList();
    }

    /** True when some amount counted in the totals is only proposed. */
    public boolean hasAmountsToConfirm() {
        return total.toConfirm().signum() != 0;
    }

    public Optional<Integer> yearShown() {
        return Optional.ofNullable(year);
    }
}
