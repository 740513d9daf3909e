package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The pré-projet form: first contact with the ARS and/or the CPAM, problems and stakes. */
public final class PreProjectFormViewModel extends FormViewModel {
    private final StageFormService forms;
    private final StringProperty firstContact = new SimpleStringProperty("");
    private final ObjectProperty<ContactParty> contactedParty = new SimpleObjectProperty<>();
    private final StringProperty problems = new SimpleStringProperty("");
    private int version;

    public PreProjectFormViewModel(StageFormService forms, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.forms = forms;
        watch(firstContact, contactedParty, problems);
    }

    public StringProperty firstContactProperty() {
        return firstContact;
    }

    public ObjectProperty<ContactParty> contactedPartyProperty() {
        return contactedParty;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        PreProject data = snapshot.preProject();
        firstContact.set(text(data.firstContact()));
        contactedParty.set(data.contactedParty());
        problems.set(data.problems());
        version = data.version();
    }

    public void save() {
        begin();
        LocalDate contact = date("firstContact", firstContact);
        PreProject data = new PreProject(contact, contactedParty.get(), problems.get(), version);
        if (!valid() | !show(forms.check(data))) {
            return;
        }
        UUID id = caseId;
        save(() -> forms.save(id, data), saved -> version = saved.version());
    }
}
