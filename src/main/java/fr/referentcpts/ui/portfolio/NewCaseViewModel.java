package fr.referentcpts.ui.portfolio;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.geo.Departement;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.casefile.IdentityErrors;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The « Nouveau dossier » form: name, département, referent; validated, then created. */
public final class NewCaseViewModel {
    private final CaseFileService caseFiles;
    private final DepartementCatalog departements;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty departement = new SimpleStringProperty("");
    private final StringProperty referent = new SimpleStringProperty("");
    private final IdentityErrors fieldErrors;
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final BooleanBinding filled;

    public NewCaseViewModel(CaseFileService caseFiles, DepartementCatalog departements, TaskRunner tasks,
            Messages messages, String defaultReferent) {
        this.caseFiles = caseFiles;
        this.departements = departements;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.fieldErrors = new IdentityErrors(messages);
        referent.set(defaultReferent == null ? "" : defaultReferent);
        filled = Bindings.createBooleanBinding(() -> !name.get().isBlank() && !departement.get().isBlank(),
                name, departement);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty departementProperty() {
        return departement;
    }

    public StringProperty referentProperty() {
        return referent;
    }

    /** The French error under each field. */
    public IdentityErrors fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The create button is enabled once the required fields hold something. */
    public BooleanBinding canCreateProperty() {
        return filled;
    }

    /** « 14 – Calvados » labels for the département field's suggestions. */
    public List<String> departementSuggestions() {
        return departements.all().stream().map(Departement::label).toList();
    }

    /** Validation on focus lost: shows the problems of the fields already touched. */
    public boolean validate() {
        return fieldErrors.show(caseFiles.check(identity()));
    }

    /** Creates the case file when the form is valid; {@code onCreated} receives it. */
    public void create(Consumer<CaseFile> onCreated) {
        formError.set("");
        if (!validate()) {
            return;
        }
        CaseIdentity identity = identity();
        tasks.run(() -> caseFiles.create(identity), onCreated, error -> formError.set(errors.describe(error)));
    }

    private CaseIdentity identity() {
        return new CaseIdentity(name.get(), departement.get(), referent.get(), "");
    }
}
