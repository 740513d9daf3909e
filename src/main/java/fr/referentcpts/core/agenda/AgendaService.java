package fr.referentcpts.core.agenda;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.Money;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.settings.SettingsService;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.WorkflowService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The deadlines of the portfolio (« À venir », the calendar export) and the home screen's figures. */
public final class AgendaService {
    private final WorkflowService workflow;
    private final SettingsService settings;

    public AgendaService(WorkflowService workflow, SettingsService settings) {
        this.workflow = workflow;
        this.settings = settings;
    }

    public LocalDate today() {
        return workflow.today();
    }

    /** The deadlines of one case file, done ones included, by date. */
    public List<Deadline> deadlines(UUID caseId) {
        return deadlines(workflow.snapshot(caseId), settings.get());
    }

    /** The deadlines of one snapshot (the command line and screens already holding it). */
    public List<Deadline> deadlines(CaseSnapshot snapshot, WorkflowSettings current) {
        return DeadlineCalculator.of(snapshot, ContractFunding.compute(snapshot, workflow.engine()), current,
                workflow.today());
    }

    /** Pipeline, population covered by the contracts in force, and the deadlines of every case file not archived. */
    public PortfolioOverview overview() {
        WorkflowSettings current = settings.get();
        Map<WorkflowStage, Integer> pipeline = new EnumMap<>(WorkflowStage.class);
        for (WorkflowStage stage : WorkflowStage.values()) {
            pipeline.put(stage, 0);
        }
        long population = 0;
        int inForce = 0;
        List<Deadline> deadlines = new ArrayList<>();
        LocalDate today = workflow.today();
        BigDecimal due = Money.ZERO;
        BigDecimal letters = Money.ZERO;
        for (CaseSnapshot snapshot : workflow.snapshots()) {
            if (snapshot.caseFile().archived()) {
                continue;
            }
            WorkflowStage stage = snapshot.caseFile().stage();
            pipeline.merge(stage, 1, Integer::sum);
            Optional<ContractFunding.Outcome> funding = ContractFunding.compute(snapshot, workflow.engine());
            if (stage == WorkflowStage.FOLLOW_UP) {
                population += snapshot.population();
                inForce++;
                due = due.add(sum(funding.filter(ContractFunding.Outcome::computed).map(o -> o.result().payments())
                        .orElse(List.of()), today.getYear(), false));
            } else if (!stage.isEndState() && snapshot.letter().validated()) {
                letters = letters.add(sum(letterPayments(snapshot, today), today.getYear(), true));
            }
            deadlines.addAll(DeadlineCalculator.of(snapshot, funding, current, today));
        }
        deadlines.sort(DeadlineCalculator.ORDER);
        return new PortfolioOverview(pipeline, population, inForce, deadlines, today.getYear(), due.add(letters),
                letters);
    }

    /** The calendar of a case not signed yet, on a provisional date: only its letter-of-intent payment counts. */
    private List<Payment> letterPayments(CaseSnapshot snapshot, LocalDate today) {
        try {
            return workflow.engine().compute(ContractFunding.input(snapshot, ContractFunding.Purpose.FOLLOW_UP,
                    workflow.engine().catalog(), today)).payments();
        } catch (DomainException e) {
            return List.of();
        }
    }

    private static BigDecimal sum(List<Payment> payments, int year, boolean lettersOnly) {
        return payments.stream().filter(p -> p.date().getYear() == year)
                .filter(p -> !lettersOnly || p.component() == Component.LETTER_OF_INTENT)
                .map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
