package fr.referentcpts.ui.settings;

import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.settings.SettingsService;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** « Réglages »: the referent's name (author of the history) and the letter-decision threshold in weeks. */
public final class SettingsViewModel {
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final StringProperty referentName = new SimpleStringProperty("");
    private final StringProperty weeks = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weeksError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private int version;

    public SettingsViewModel(SettingsService settings, TaskRunner tasks, Messages messages) {
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
    }

    public StringProperty referentNameProperty() {
        return referentName;
    }

    public StringProperty weeksProperty() {
        return weeks;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weeksErrorProperty() {
        return weeksError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** Reads the settings, then runs {@code then}. */
    public void load(Runnable then) {
        tasks.run(settings::get, s -> {
            show(s);
            then.run();
        }, error -> formError.set(errors.describe(error)));
    }

    /** Saves when valid, then runs {@code saved}. */
    public void save(Runnable saved) {
        nameError.set("");
        weeksError.set("");
        formError.set("");
        Integer typed = FrenchNumbers.parseInt(weeks.get()).value();
        if (typed == null) {
            weeksError.set(messages.get("settings.error.weeks", WorkflowSettings.MAX_WEEKS));
            return;
        }
        WorkflowSettings edited = new WorkflowSettings(referentName.get(), typed, version);
        List<FieldProblem> problems = settings.check(edited);
        for (FieldProblem p : problems) {
            String text = messages.get(p.messageKey(), p.arguments());
            (p.field().equals(SettingsService.FIELD_NAME) ? nameError : weeksError).set(text);
        }
        if (!problems.isEmpty()) {
            return;
        }
        tasks.run(() -> settings.save(edited), s -> {
            show(s);
            saved.run();
        }, error -> {
            formError.set(errors.describe(error));
            load(() -> { });
        });
    }

    private void show(WorkflowSettings s) {
        referentName.set(s.referentName());
        weeks.set(Integer.toString(s.letterDecisionWeeks()));
        version = s.version();
    }
}
