package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.CrisisRecognition;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.PaymentKind;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.i18n.FundingLabels;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The crises the ARS recognised on a contract that has the crisis mission: each with its contract
 * year and what the funding calendar pays for it (the conditional part, at most once a contract
 * year, for the year's first crisis); quick entry of a new one, removal after confirmation.
 */
public final class CrisesViewModel extends FormViewModel {
    /** A recognised crisis as the table shows it. */
    public record CrisisRow(RecordedCrisis crisis, String date, String reference, String comment, String year,
            String paid) {
    }

    private final ContractService contracts;
    private final FundingEngine engine;
    private final FundingLabels labels;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CrisisRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CrisisRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");

    public CrisesViewModel(ContractService contracts, FundingEngine engine, TaskRunner tasks, DialogService dialogs,
            Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.contracts = contracts;
        this.engine = engine;
        this.labels = new FundingLabels(messages);
        watch(date, reference, comment);
    }

    /** The contract has the crisis mission (from the start or by an amendment): the section is shown. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The crises recognised, the earliest first. */
    public ObservableList<CrisisRow> rows() {
        return readOnlyRows;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        available.set(ContractYears.hasCrisisMission(snapshot));
        List<Payment> onCrisis = ContractFunding.compute(snapshot, engine).filter(ContractFunding.Outcome::computed)
                .map(o -> o.result().payments().stream().filter(p -> p.component() == Component.CONDITIONAL
                        && p.kind() == PaymentKind.ON_CRISIS).toList())
                .orElse(List.of());
        List<Payment> unmatched = new ArrayList<>(onCrisis);
        Set<Integer> yearsPaid = new HashSet<>();
        List<CrisisRow> list = new ArrayList<>();
        for (RecordedCrisis crisis : snapshot.contract().crises()) {
            CrisisRecognition recognition = crisis.recognition();
            int year = ContractYears.yearOf(snapshot.signatureDate(), recognition.date());
            Payment payment = unmatched.stream().filter(p -> p.date().equals(recognition.date())).findFirst()
                    .orElse(null);
            String paid;
            if (payment != null) {
                unmatched.remove(payment);
                yearsPaid.add(payment.contractYear());
                paid = labels.amount(payment);
            } else if (year > 0 && yearsPaid.contains(year)) {
                paid = messages.get("contractUi.crisis.alreadyPaid", year);
            } else {
                paid = messages.get("contractUi.crisis.notPaid");
            }
            list.add(new CrisisRow(crisis, FrenchFormat.date(recognition.date()), recognition.reference(),
                    recognition.comment(), year == 0 ? "–" : Integer.toString(year), paid));
        }
        rows.setAll(list);
        date.set("");
        reference.set("");
        comment.set("");
    }

    /** Records the crisis typed: a date is required; the core refuses one in the future or outside the contract. */
    public void add() {
        begin();
        LocalDate on = date("date", date);
        if (on == null && valid()) {
            error("date", messages.get("workflow.error.dateRequired"));
        }
        if (!valid()) {
            return;
        }
        CrisisRecognition recognition = new CrisisRecognition(on, reference.get(), comment.get());
        UUID id = caseId;
        save(() -> contracts.recordCrisis(id, recognition), recorded -> { });
    }

    /** Removes a crisis once the referent confirmed. */
    public void delete(CrisisRow row) {
        if (row == null) {
            return;
        }
        if (dialogs.confirm(messages.get("contractUi.crisis.delete.title"),
                messages.get("contractUi.crisis.delete.question", row.date()),
                messages.get("contractUi.crisis.delete.confirm"))) {
            UUID id = caseId;
            save(() -> {
                contracts.deleteCrisis(id, row.crisis());
                return row;
            }, deleted -> { });
        }
    }
}
