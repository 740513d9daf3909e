package fr.referentcpts.ui.casefile;

import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.i18n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The French error shown under each identity field (name, département, referent, notes). */
public final class IdentityErrors {
    private final Messages messages;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper departement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper referent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");

    public IdentityErrors(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code problems} under their fields, clearing the others; true when there is none. */
    public boolean show(List<FieldProblem> problems) {
        clear();
        for (FieldProblem problem : problems) {
            String text = messages.get(problem.messageKey(), problem.arguments());
            switch (problem.field()) {
                case CaseFileService.FIELD_NAME -> name.set(text);
                case CaseFileService.FIELD_DEPARTEMENT -> departement.set(text);
                case CaseFileService.FIELD_NOTES -> notes.set(text);
                default -> referent.set(text);
            }
        }
        return problems.isEmpty();
    }

    public void clear() {
        name.set("");
        departement.set("");
        referent.set("");
        notes.set("");
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty departementProperty() {
        return departement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referentProperty() {
        return referent.getReadOnlyProperty();
    }
}
