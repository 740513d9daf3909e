package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.amendment.AmendmentService;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The amendments of a signed contract (« Avenants »): the list (n°, date d’effet, règles, what
 * changes, motif), « Nouvel avenant… » (the form and its effect on the money), « Supprimer » for
 * the last one, « Imprimer l’avenant… » as PDF/A.
 */
public final class AmendmentsViewModel extends FormViewModel {
    /** An amendment of the list, as the table shows it. */
    public record AmendmentRow(RecordedAmendment amendment, String number, String effectiveDate, String rules,
            String changes, String reason) {
    }

    private final ContractService contracts;
    private final AmendmentService amendments;
    private final ErrorMessages errors;
    private final Runnable reload;
    private final ObservableList<AmendmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AmendmentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper(false);

    public AmendmentsViewModel(ContractService contracts, AmendmentService amendments, TaskRunner tasks,
            DialogService dialogs, Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.contracts = contracts;
        this.amendments = amendments;
        this.errors = new ErrorMessages(messages);
        this.reload = onSaved;
    }

    public ObservableList<AmendmentRow> rows() {
        return readOnlyRows;
    }

    /** True once the contract has a signature date: amendments can be recorded. */
    public ReadOnlyBooleanProperty signedProperty() {
        return signed.getReadOnlyProperty();
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        signed.set(snapshot.signatureDate() != null);
        rows.setAll(snapshot.contract().amendments().reversed().stream().map(this::row).toList());
    }

    /** Only the last amendment can be deleted (the later ones build on the earlier ones). */
    public boolean deletable(AmendmentRow row) {
        return row != null && !rows.isEmpty() && rows.getFirst() == row;
    }

    /** Opens the form of a new amendment once its options are loaded. */
    public void create(Consumer<AmendmentDialogViewModel> open) {
        if (caseId == null) {
            return;
        }
        java.util.UUID id = caseId;
        tasks.run(() -> amendments.options(id), options -> open.accept(new AmendmentDialogViewModel(id, options,
                contracts, amendments, tasks, dialogs, messages, this::recorded)), this::failed);
    }

    /** Asks for confirmation, then deletes the last amendment. */
    public void delete(AmendmentRow row) {
        if (!deletable(row)) {
            dialogs.error(messages.get("amendmentUi.delete.title"), messages.get("amendmentUi.delete.onlyLast"));
            return;
        }
        if (dialogs.confirm(messages.get("amendmentUi.delete.title"), messages.get("amendmentUi.delete.question",
                row.number(), row.effectiveDate()), messages.get("amendmentUi.delete.confirm"))) {
            save(() -> {
                contracts.deleteAmendment(caseId, row.amendment());
                return row;
            }, deleted -> { });
        }
    }

    /** The file name proposed to save « Avenant n° N »: « avenant-1.pdf ». */
    public String suggestedFileName(AmendmentRow row) {
        return messages.get("amendmentUi.print.file", row.number());
    }

    /** Writes « Avenant n° N au contrat tripartite » (PDF/A) to {@code target}; a draft says why. */
    public void print(AmendmentRow row, Path target) {
        java.util.UUID id = caseId;
        int number = row.amendment().terms().number();
        tasks.run(() -> {
            var printed = amendments.print(id, number);
            try {
                Files.write(target, printed.content());
            } catch (IOException e) {
                throw new DomainException("annex.error.write", e, target.toString());
            }
            return printed;
        }, printed -> dialogs.info(messages.get("amendmentUi.print.title"), printed.report().draft()
                ? messages.get("amendmentUi.print.savedDraft", target.toString())
                : messages.get("amendmentUi.print.saved", target.toString())), this::failed);
    }

    /** A new amendment was recorded: the case is reloaded (this list, the history, the payments). */
    private void recorded() {
        reload.run();
    }

    private void failed(Throwable error) {
        Throwable cause = error instanceof TaskRunner.TaskFailedException && error.getCause() != null
                ? error.getCause() : error;
        dialogs.error(messages.get("error.title"), errors.describe(cause));
    }

    private AmendmentRow row(RecordedAmendment recorded) {
        ContractAmendment terms = recorded.terms();
        List<String> changes = new ArrayList<>();
        for (MissionChoice add : terms.addMissions()) {
            changes.add(messages.get("amendmentUi.change.added", messages.get(add.mission()),
                    FrenchFormat.date(add.startDate() != null ? add.startDate() : terms.effectiveDate())));
        }
        for (MissionChoice start : terms.missionStarts()) {
            changes.add(messages.get("amendmentUi.change.start", messages.get(start.mission()),
                    FrenchFormat.date(start.startDate() != null ? start.startDate() : terms.effectiveDate())));
        }
        if (terms.operatingComplement()) {
            changes.add(messages.get("amendmentUi.change.complement"));
        }
        if (terms.sizeClass() != null) {
            changes.add(messages.get("amendmentUi.change.size", Integer.toString(terms.sizeClass().number())));
        }
        return new AmendmentRow(recorded, Integer.toString(terms.number()), FrenchFormat.date(terms.effectiveDate()),
                terms.rulesVersionId() == null ? messages.get("amendmentUi.rules.unchanged") : terms.rulesVersionId(),
                String.join(" ; ", changes), terms.reason());
    }
}
