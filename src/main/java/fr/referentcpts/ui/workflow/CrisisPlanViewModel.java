package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.CrisisPlanUpdate;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.core.workflow.RequirementKind;
import fr.referentcpts.core.workflow.Requirements;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The crisis plan year by year: written in the contract year the crisis mission starts, updated in
 * each later year. Which years are due and missing is what the follow-up requirements say (the
 * same computation), so the list and the requirements never disagree.
 */
public final class CrisisPlanViewModel extends FormViewModel {
    /** A contract year of the plan: « Année 2 (du 15/07/2026 au 14/07/2027) », « mis à jour le 03/09/2026 ». */
    public record PlanRow(int year, String label, String state, boolean missing) {
    }

    private final ContractService contracts;
    private final FundingEngine engine;
    private final Supplier<LocalDate> today;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PlanRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Integer> readOnlyYears = FXCollections.unmodifiableObservableList(years);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dateLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(false);
    private CaseSnapshot snapshot;

    public CrisisPlanViewModel(ContractService contracts, FundingEngine engine, Supplier<LocalDate> today,
            TaskRunner tasks, DialogService dialogs, Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.contracts = contracts;
        this.engine = engine;
        this.today = today;
        watch(date, comment);
        year.addListener((obs, old, value) -> {
            if (value != null && snapshot != null && !value.equals(old)) {
                quietly(() -> fill(value));
            }
        });
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The contract years since the crisis mission started, each with its plan or what is due. */
    public ObservableList<PlanRow> rows() {
        return readOnlyRows;
    }

    /** The years a plan can be recorded for (those of {@link #rows()}). */
    public ObservableList<Integer> years() {
        return readOnlyYears;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** « Rédigé le » for the year the mission starts, « Mis à jour le » after. */
    public ReadOnlyStringProperty dateLabelProperty() {
        return dateLabel.getReadOnlyProperty();
    }

    /** « Plan manquant pour l’année 1, 2 » or « Plan à jour pour les années commencées. »; empty before any year is due. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** The year shown has a plan recorded. */
    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    @Override
    protected void load(CaseSnapshot data) {
        snapshot = data;
        Optional<LocalDate> start = ContractYears.crisisStart(data);
        LocalDate signature = data.signatureDate();
        available.set(ContractYears.hasCrisisMission(data));
        List<PlanRow> list = new ArrayList<>();
        List<Requirement> due = signature == null ? List.of()
                : Requirements.of(WorkflowStage.FOLLOW_UP, data, engine.catalog(), ContractFunding.compute(data, engine),
                        today.get().atStartOfDay()).stream().filter(r -> r.kind() == RequirementKind.FOLLOW_CRISIS_PLAN).toList();
        if (signature != null && start.isPresent()) {
            for (int k = 1; k <= ContractYears.YEARS; k++) {
                LocalDate yearEnd = signature.plusYears(k);
                if (!start.get().isBefore(yearEnd)) {
                    continue;
                }
                int y = k;
                Optional<Requirement> requirement = due.stream().filter(r -> r.arguments().getFirst().equals(y))
                        .findFirst();
                String state = requirement.map(r -> messages.get(r.detail()))
                        .or(() -> data.contract().plan(y).map(p -> messages.get("contractUi.plan.recorded",
                                FrenchFormat.date(p.date()))))
                        .orElse(messages.get("contractUi.plan.ahead"));
                list.add(new PlanRow(k, messages.get("contractUi.plan.year", k,
                        FrenchFormat.date(signature.plusYears(k - 1L)), FrenchFormat.date(yearEnd.minusDays(1))),
                        state, requirement.map(Requirement::missing).orElse(false)));
            }
        }
        rows.setAll(list);
        years.setAll(list.stream().map(PlanRow::year).toList());
        List<String> late = list.stream().filter(PlanRow::missing).map(r -> Integer.toString(r.year())).toList();
        Optional<Requirement> upcoming = due.stream().filter(Requirement::pending).findFirst();
        if (!late.isEmpty()) {
            missing.set(messages.get("contractUi.plan.missing", String.join(", ", late)));
        } else if (upcoming.isPresent()) {
            missing.set(messages.get("consist.plan.upcoming", upcoming.get().arguments().getFirst(),
                    messages.get(upcoming.get().detail())));
        } else {
            missing.set(due.isEmpty() ? "" : messages.get("contractUi.plan.upToDate"));
        }
        // The first year still missing, else the current year, else the last one.
        Integer shown = list.stream().filter(PlanRow::missing).map(PlanRow::year).findFirst()
                .orElse(signature == null ? null : Math.max(ContractYears.yearOf(signature, today.get()),
                        list.isEmpty() ? 0 : list.getFirst().year()));
        if (shown != null && !years.contains(shown)) {
            shown = years.isEmpty() ? null : years.getLast();
        }
        if (Objects.equals(year.get(), shown)) {
            if (shown != null) {
                fill(shown);
            }
        } else {
            year.set(shown);
        }
        if (shown == null) {
            date.set("");
            comment.set("");
            dateLabel.set("");
            canDelete.set(false);
        }
    }

    private void fill(int k) {
        Optional<CrisisPlanUpdate> plan = snapshot.contract().plan(k);
        date.set(text(plan.map(CrisisPlanUpdate::date).orElse(null)));
        comment.set(plan.map(CrisisPlanUpdate::comment).orElse(""));
        canDelete.set(plan.isPresent());
        LocalDate signature = snapshot.signatureDate();
        boolean first = ContractYears.crisisStart(snapshot)
                .map(start -> signature != null && !start.isBefore(signature.plusYears(k - 1L))).orElse(k == 1);
        dateLabel.set(messages.get(first ? "contractUi.plan.writtenOn" : "contractUi.plan.updatedOn"));
    }

    public void save() {
        Integer k = year.get();
        if (k == null || snapshot == null) {
            return;
        }
        begin();
        LocalDate on = date("date", date);
        if (on == null && valid()) {
            error("date", messages.get("workflow.error.dateRequired"));
        }
        if (!valid()) {
            return;
        }
        CrisisPlanUpdate update = new CrisisPlanUpdate(k, on, comment.get());
        UUID id = caseId;
        save(() -> contracts.savePlan(id, update), saved -> { });
    }

    /** Removes the plan of the year shown once the referent confirmed. */
    public void delete() {
        Integer k = year.get();
        if (k == null || snapshot == null || snapshot.contract().plan(k).isEmpty()) {
            return;
        }
        if (dialogs.confirm(messages.get("contractUi.plan.delete.title"), messages.get("contractUi.plan.delete.question", k),
                messages.get("contractUi.plan.delete.confirm"))) {
            UUID id = caseId;
            save(() -> {
                contracts.deletePlan(id, k);
                return k;
            }, deleted -> { });
        }
    }
}
