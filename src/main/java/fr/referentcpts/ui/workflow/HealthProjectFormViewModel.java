package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.StageFormService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The projet de santé form: the association (name, RNA, statutes, constitutive assembly, seat,
 * president and coordinator among the case's people), the diagnosis checklist, reception and
 * validations. The president and coordinator default to the people holding those roles.
 */
public final class HealthProjectFormViewModel extends FormViewModel {
    private final StageFormService forms;
    private final StringProperty associationName = new SimpleStringProperty("");
    private final StringProperty rna = new SimpleStringProperty("");
    private final StringProperty statutesDate = new SimpleStringProperty("");
    private final StringProperty constitutiveAssembly = new SimpleStringProperty("");
    private final StringProperty seat = new SimpleStringProperty("");
    private final ObjectProperty<PersonChoice> president = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonChoice> coordinator = new SimpleObjectProperty<>();
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> readOnlyPeople = FXCollections.unmodifiableObservableList(people);
    private final Map<DiagnosisItem, BooleanProperty> diagnosis = new EnumMap<>(DiagnosisItem.class);
    private final StringProperty received = new SimpleStringProperty("");
    private final StringProperty arsValidation = new SimpleStringProperty("");
    private final StringProperty amValidation = new SimpleStringProperty("");
    private int version;

    public HealthProjectFormViewModel(StageFormService forms, TaskRunner tasks, DialogService dialogs,
            Messages messages, Runnable onSaved) {
        super(tasks, dialogs, messages, onSaved);
        this.forms = forms;
        for (DiagnosisItem item : DiagnosisItem.values()) {
            diagnosis.put(item, new SimpleBooleanProperty(false));
            watch(diagnosis.get(item));
        }
        watch(associationName, rna, statutesDate, constitutiveAssembly, seat, president, coordinator, received,
                arsValidation, amValidation);
        rna.addListener((obs, old, value) -> checkRna());
    }

    public StringProperty associationNameProperty() {
        return associationName;
    }

    /** « W143001234 »: checked as it is typed. */
    public StringProperty rnaProperty() {
        return rna;
    }

    public StringProperty statutesDateProperty() {
        return statutesDate;
    }

    public StringProperty constitutiveAssemblyProperty() {
        return constitutiveAssembly;
    }

    public StringProperty seatProperty() {
        return seat;
    }

    public ObjectProperty<PersonChoice> presidentProperty() {
        return president;
    }

    public ObjectProperty<PersonChoice> coordinatorProperty() {
        return coordinator;
    }

    /** The case's people, for the president and coordinator pick-lists. */
    public ObservableList<PersonChoice> people() {
        return readOnlyPeople;
    }

    public BooleanProperty diagnosisProperty(DiagnosisItem item) {
        return diagnosis.get(item);
    }

    public StringProperty receivedProperty() {
        return received;
    }

    public StringProperty arsValidationProperty() {
        return arsValidation;
    }

    public StringProperty amValidationProperty() {
        return amValidation;
    }

    @Override
    protected void load(CaseSnapshot snapshot) {
        HealthProject data = snapshot.healthProject();
        people.setAll(snapshot.people().stream().map(PersonChoice::of).toList());
        associationName.set(data.associationName());
        rna.set(data.rna());
        statutesDate.set(text(data.statutesDate()));
        constitutiveAssembly.set(text(data.constitutiveAssembly()));
        seat.set(data.seat());
        president.set(snapshot.president().map(PersonChoice::of).orElse(null));
        coordinator.set(snapshot.coordinator().map(PersonChoice::of).orElse(null));
        diagnosis.forEach((item, box) -> box.set(data.diagnosis().contains(item)));
        received.set(text(data.received()));
        arsValidation.set(text(data.arsValidation()));
        amValidation.set(text(data.amValidation()));
        version = data.version();
    }

    public void save() {
        begin();
        HealthProject data = data();
        if (!valid() | !show(forms.check(data))) {
            return;
        }
        UUID id = caseId;
        save(() -> forms.save(id, data), saved -> version = saved.version());
    }

    private HealthProject data() {
        LocalDate statutes = date("statutesDate", statutesDate);
        LocalDate assembly = date("constitutiveAssembly", constitutiveAssembly);
        LocalDate receivedOn = date("received", received);
        LocalDate ars = date("arsValidation", arsValidation);
        LocalDate am = date("amValidation", amValidation);
        Set<DiagnosisItem> items = EnumSet.noneOf(DiagnosisItem.class);
        diagnosis.forEach((item, box) -> {
            if (box.get()) {
                items.add(item);
            }
        });
        return new HealthProject(associationName.get(), rna.get(), statutes, assembly, seat.get(),
                president.get() == null ? null : president.get().id(),
                coordinator.get() == null ? null : coordinator.get().id(), items, receivedOn, ars, am, version);
    }

    /** A malformed RNA number is flagged as soon as it has its full length. */
    private void checkRna() {
        HealthProject typed = new HealthProject("", rna.get(), null, null, "", null, null, null, null, null, null, 0);
        begin();
        if (typed.rna().length() >= 10 && !typed.validRna()) {
            show(forms.check(typed));
        }
    }
}
