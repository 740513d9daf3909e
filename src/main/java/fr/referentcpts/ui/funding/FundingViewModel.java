package fr.referentcpts.ui.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.funding.AnnualLine;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.NumberErrors;
import fr.referentcpts.ui.common.TaskRunner;
import fr.referentcpts.ui.funding.FundingRows.AnnualRow;
import fr.referentcpts.ui.funding.FundingRows.PaymentRow;
import fr.referentcpts.ui.funding.FundingRows.TotalRow;
import fr.referentcpts.ui.funding.FundingRows.YearBars;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Financement » tab: the case's size class and annual envelope, the payment calendar with
 * each amount's explanation and rule, totals, and a what-if mode that never touches the case.
 */
public final class FundingViewModel {
    private final FundingEngine engine;
    private final Function<UUID, Optional<FundingInput>> inputs;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final FundingSimulation simulation = new FundingSimulation();
    private final ObservableList<AnnualRow> annual = FXCollections.observableArrayList();
    private final ObservableList<AnnualRow> readOnlyAnnual = FXCollections.unmodifiableObservableList(annual);
    private final ObservableList<PaymentRow> payments = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> readOnlyPayments = FXCollections.unmodifiableObservableList(payments);
    private final ObservableList<TotalRow> totals = FXCollections.observableArrayList();
    private final ObservableList<TotalRow> readOnlyTotals = FXCollections.unmodifiableObservableList(totals);
    private final ObservableList<YearBars> bars = FXCollections.observableArrayList();
    private final ObservableList<YearBars> readOnlyBars = FXCollections.unmodifiableObservableList(bars);
    private final ObservableList<LineKey> missingLines = FXCollections.observableArrayList();
    private final ObservableList<LineKey> readOnlyMissingLines = FXCollections.unmodifiableObservableList(missingLines);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contractTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper simulated = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper simulationError = new ReadOnlyStringWrapper("");
    private FundingInput base;

    public FundingViewModel(FundingEngine engine, Function<UUID, Optional<FundingInput>> inputs, TaskRunner tasks,
            DialogService dialogs, Messages messages) {
        this.engine = engine;
        this.inputs = inputs;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
    }

    public ObservableList<AnnualRow> annual() {
        return readOnlyAnnual;
    }

    public ObservableList<PaymentRow> payments() {
        return readOnlyPayments;
    }

    /** Totals per contract year, then per calendar year. */
    public ObservableList<TotalRow> totals() {
        return readOnlyTotals;
    }

    public ObservableList<YearBars> bars() {
        return readOnlyBars;
    }

    /** Lines « à confirmer » without an amount: the simulation may enter one. */
    public ObservableList<LineKey> missingLines() {
        return readOnlyMissingLines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is missing or worth a warning, empty when none. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contractTotalProperty() {
        return contractTotal.getReadOnlyProperty();
    }

    /** True while what-if parameters are applied: « simulation non contractuelle ». */
    public ReadOnlyBooleanProperty simulatedProperty() {
        return simulated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty simulationErrorProperty() {
        return simulationError.getReadOnlyProperty();
    }

    public String lineLabel(LineKey key) {
        return FundingRows.line(key, messages);
    }

    public void load(UUID caseId) {
        simulation.reset();
        base = null;
        if (caseId == null) {
            show(null);
            return;
        }
        tasks.run(() -> inputs.apply(caseId), input -> {
            base = input.orElse(null);
            recompute();
        }, error -> summary.set(errors.describe(error)));
    }

    /** « 100 », « 75 », « 50 » % for every mission and year, or null for the case's own rates. */
    public void simulateAchievement(Integer percent) {
        simulation.achievement(percent == null ? null : BigDecimal.valueOf(percent).movePointLeft(2));
        recompute();
    }

    public void simulateSignatureDate(String text) {
        DateInput date = DateInput.parse(text);
        if (!date.valid()) {
            simulationError.set(messages.get("date.invalid", text));
            return;
        }
        simulation.signatureDate(date.date());
        recompute();
    }

    public void simulateMission(Mission mission, boolean on) {
        boolean inCase = base != null && base.missions().stream().anyMatch(m -> m.mission() == mission);
        simulation.mission(mission, on, inCase);
        recompute();
    }

    public void simulateSnpOrientation(boolean on) {
        simulation.snpOrientation(on);
        recompute();
    }

    /** An annual amount for a line « à confirmer » (« 131 250 »), for the simulation only. */
    public void simulateAmount(LineKey line, String text) {
        FrenchNumbers.Parsed<BigDecimal> parsed = FrenchNumbers.parseAmount(text);
        if (!parsed.valid()) {
            simulationError.set(NumberErrors.describe(messages, messages.get("funding.simulation.annualAmount"),
                    parsed.problem(), text));
            return;
        }
        simulation.amount(line, parsed.value());
        recompute();
    }

    public void resetSimulation() {
        simulation.reset();
        recompute();
    }

    private void recompute() {
        simulationError.set("");
        simulated.set(simulation.active());
        if (base == null) {
            show(null);
            summary.set(messages.get("funding.view.noData"));
            return;
        }
        try {
            show(engine.compute(simulation.apply(base)));
        } catch (DomainException e) {
            show(null);
            summary.set(messages.get(e));
        }
    }

    private void show(FundingResult result) {
        if (result == null) {
            annual.clear();
            payments.clear();
            totals.clear();
            bars.clear();
            missingLines.clear();
            problems.set("");
            contractTotal.set("");
            summary.set("");
            return;
        }
        Map<LineKey, String> references = result.lines()
                .collect(Collectors.toMap(AnnualLine::key, AnnualLine::reference, (a, b) -> a));
        StringBuilder text = new StringBuilder(messages.get("funding.view.summary",
                result.sizeClass().applied().number(), FrenchFormat.integer(result.sizeClass().population()),
                result.rules().title(), FrenchFormat.date(result.signatureDate()),
                FrenchFormat.amount(result.annualTotal())));
        for (var amended : result.amendments()) {
            text.append('\n').append(messages.get("funding.view.amended", amended.amendment().number(),
                    FrenchFormat.date(amended.amendment().effectiveDate()), amended.rules().title(),
                    amended.sizeClass().number(), FrenchFormat.amount(amended.annualTotal())));
        }
        summary.set(text.toString());
        annual.setAll(result.annual().stream().map(l -> FundingRows.annual(l, messages)).toList());
        payments.setAll(result.payments().stream().map(p -> FundingRows.payment(p,
                references.getOrDefault(new LineKey(p.mission(), p.component()), ""), messages)).toList());
        totals.setAll(result.totalsByContractYear().entrySet().stream().map(e -> new TotalRow(e.getKey() == 0
                ? messages.get("funding.view.beforeContract") : messages.get("funding.view.contractYear", e.getKey()),
                FrenchFormat.amount(e.getValue()))).toList());
        result.totalsByCalendarYear().forEach((year, amount) -> totals.add(new TotalRow(
                messages.get("funding.view.calendarYear", String.valueOf(year)), FrenchFormat.amount(amount))));
        contractTotal.set(FrenchFormat.amount(result.contractTotal()));
        bars.setAll(bars(result));
        missingLines.setAll(result.missing());
        problems.set(describeProblems(result));
    }

    private String describeProblems(FundingResult result) {
        StringBuilder text = new StringBuilder();
        if (!result.complete()) {
            text.append(messages.get("funding.view.incomplete", result.missing().stream()
                    .map(this::lineLabel).collect(Collectors.joining(", "))));
        }
        java.util.List<String> proposed = result.lines().filter(l -> l.status() == fr.referentcpts.core.funding
                .AmountStatus.PROPOSED).map(l -> lineLabel(l.key())).distinct().toList();
        if (!proposed.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(messages.get("funding.view.proposed",
                    String.join(", ", proposed)));
        }
        for (var warning : result.warnings()) {
            java.util.List<Object> arguments = new java.util.ArrayList<>(warning.arguments());
            if (warning.mission() != null) {
                arguments.addFirst(messages.get(warning.mission()));
            }
            text.append(text.isEmpty() ? "" : "\n").append(messages.get(warning.messageKey(), arguments.toArray()));
        }
        return text.toString();
    }

    private static java.util.List<YearBars> bars(FundingResult result) {
        Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
        for (Payment p : result.payments()) {
            BigDecimal[] sums = byYear.computeIfAbsent(p.contractYear(),
                    y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            int slot = switch (p.component()) {
                case OPERATING, OPERATING_COMPLEMENT, LETTER_OF_INTENT -> 0;
                case FIXED, SNP_ORIENTATION, CONDITIONAL -> 1;
                case VARIABLE, SNP_COMPENSATION -> 2;
            };
            sums[slot] = sums[slot].add(p.amount());
        }
        return byYear.entrySet().stream().map(e -> new YearBars(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }
}
