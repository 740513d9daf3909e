package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.followup.FirstPaymentFile;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The file the first payment needs besides the statutes: the RIB received, the association's
 * SIRET (checked as typed: 14 digits and the Luhn key), its FINESS number where it has one. What is
 * still missing is said as the fields are typed.
 */
public final class PaymentFileViewModel extends FormViewModel {
    private final ContractService contracts;
    private final StringProperty ribReceived = new SimpleStringProperty("");
    private final StringProperty siret = new SimpleStringProperty("");
    private final StringProperty finess = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper completeness = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private boolean statutes;
    private int version;

    public PaymentFileViewModel(ContractService contracts, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.contracts = contracts;
        watch(ribReceived, siret, finess);
        siret.addListener((obs, old, value) -> checkSiretAsTyped());
        finess.addListener((obs, old, value) -> checkFinessAsTyped());
        ribReceived.addListener((obs, old, value) -> showCompleteness());
    }

    public StringProperty ribReceivedProperty() {
        return ribReceived;
    }

    public StringProperty siretProperty() {
        return siret;
    }

    public StringProperty finessProperty() {
        return finess;
    }

    /** « Dossier complet » or « Dossier incomplet – manque : RIB, SIRET valide ». */
    public ReadOnlyStringProperty completenessProperty() {
        return completeness.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        FirstPaymentFile file = snapshot.contract().paymentFile();
        statutes = snapshot.healthProject().statutesDate() != null;
        version = file.version();
        ribReceived.set(text(file.ribReceived()));
        siret.set(file.siret());
        finess.set(file.finess());
        showCompleteness();
    }

    public void save() {
        begin();
        LocalDate rib = date("ribReceived", ribReceived);
        FirstPaymentFile file = typed(rib);
        if (!file.siret().isEmpty() && !FirstPaymentFile.validSiret(file.siret())) {
            error("siret", messages.get("contractUi.file.siretInvalid"));
        }
        if (!file.finess().isEmpty() && !FirstPaymentFile.validFiness(file.finess())) {
            error("finess", messages.get("contractUi.file.finessInvalid"));
        }
        if (!valid()) {
            return;
        }
        UUID id = caseId;
        save(() -> contracts.savePaymentFile(id, file), saved -> version = saved.version());
    }

    private FirstPaymentFile typed(LocalDate rib) {
        return new FirstPaymentFile(rib, siret.get(), finess.get(), version);
    }

    /** « SIRET invalide » as soon as the number cannot be one: a character not a digit, 14 digits whose key fails, more. */
    private void checkSiretAsTyped() {
        clearError("siret");
        String typed = typed(null).siret();
        if (!typed.isEmpty() && (!typed.matches("\\d*") || typed.length() >= 14) && !FirstPaymentFile.validSiret(typed)) {
            error("siret", messages.get("contractUi.file.siretInvalid"));
        }
        showCompleteness();
    }

    private void checkFinessAsTyped() {
        clearError("finess");
        String typed = typed(null).finess();
        if (typed.length() >= 9 && !FirstPaymentFile.validFiness(typed)) {
            error("finess", messages.get("contractUi.file.finessInvalid"));
        }
        showCompleteness();
    }

    private void showCompleteness() {
        DateInput rib = DateInput.parse(ribReceived.get());
        FirstPaymentFile file = typed(rib.valid() ? rib.date() : null);
        List<String> missing = new ArrayList<>();
        if (!statutes) {
            missing.add(messages.get("workflow.detail.fileStatutes"));
        }
        if (file.ribReceived() == null) {
            missing.add(messages.get("workflow.detail.fileRib"));
        }
        if (!FirstPaymentFile.validSiret(file.siret())) {
            missing.add(messages.get("workflow.detail.fileSiret"));
        }
        if (!file.finess().isEmpty() && !FirstPaymentFile.validFiness(file.finess())) {
            missing.add(messages.get("workflow.detail.fileFiness"));
        }
        complete.set(missing.isEmpty());
        completeness.set(missing.isEmpty() ? messages.get("contractUi.file.complete")
                : messages.get("contractUi.file.incomplete", String.join(", ", missing)));
    }
}
