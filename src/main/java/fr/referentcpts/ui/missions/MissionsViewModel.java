package fr.referentcpts.ui.missions;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Missions » tab: which missions of the rules version the case takes on, from when, with
 * the SNP orientation option of ACCESS. The selected mission's actions and indicators are in
 * {@link MissionDetailViewModel}.
 */
public final class MissionsViewModel {
    private final MissionService missions;
    private final Supplier<RulesVersion> rules;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onChanged;
    private final Function<UUID, LocalDate> signatureOf;
    private final ObservableList<MissionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MissionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<MissionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper rulesLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final List<Consumer<MissionContent>> listeners = new java.util.ArrayList<>();
    private UUID caseId;
    private MissionContent content = new MissionContent(List.of(), List.of(), List.of(), List.of());
    private LocalDate signature;
    /** A case's missions are being read; {@link #wanted} is selected once they are shown. */
    private boolean reading;
    private Mission wanted;

    public MissionsViewModel(MissionService missions, Supplier<RulesVersion> rules, TaskRunner tasks,
            DialogService dialogs, Messages messages, Runnable onChanged) {
        this(missions, rules, id -> null, tasks, dialogs, messages, onChanged);
    }

    /**
     * @param signatureOf the contract's signature date of a case (null: none yet), read in the
     *                    background: a mission without its own start date starts then
     */
    public MissionsViewModel(MissionService missions, Supplier<RulesVersion> rules,
            Function<UUID, LocalDate> signatureOf, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onChanged) {
        this.signatureOf = signatureOf;
        this.missions = missions;
        this.rules = rules;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onChanged = onChanged;
    }

    public ObservableList<MissionRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<MissionRow> selectedProperty() {
        return selected;
    }

    /** « Règles : ACI du 20 juin 2019 – avenant 2 ». */
    public ReadOnlyStringProperty rulesLabelProperty() {
        return rulesLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public UUID caseId() {
        return caseId;
    }

    public MissionContent content() {
        return content;
    }

    /** Called with the new content after every load or change (the detail pane listens). */
    public void onContent(Consumer<MissionContent> listener) {
        listeners.add(listener);
    }

    public void load(UUID id) {
        caseId = id;
        if (id == null) {
            signature = null;
            show(new MissionContent(List.of(), List.of(), List.of(), List.of()));
            return;
        }
        reading = true;
        tasks.run(() -> new Loaded(missions.content(id), signatureOf.apply(id)), loaded -> {
            if (id.equals(caseId)) {
                signature = loaded.signature();
                show(loaded.content());
            }
        }, this::failed);
    }

    /** The contract's signature date may have changed (Parcours): the starts it gives follow. */
    public void signatureChanged() {
        UUID id = caseId;
        if (id == null) {
            return;
        }
        tasks.run(() -> Optional.ofNullable(signatureOf.apply(id)), loaded -> {
            if (id.equals(caseId) && !Objects.equals(loaded.orElse(null), signature)) {
                signature = loaded.orElse(null);
                show(content);
            }
        }, this::failed);
    }

    /**
     * Selects the row of {@code mission} (« Y aller » to a mission), now or, when the tab's data is
     * being read, once it is shown.
     */
    public void select(Mission mission) {
        wanted = reading ? mission : null;
        rows.stream().filter(r -> r.mission() == mission).findFirst().ifPresent(selected::set);
    }

    public void setChosen(MissionRow row, boolean chosen) {
        CaseMission m = row.caseMission();
        save(new CaseMission(m.mission(), chosen, m.startDate(), m.snpOrientation()));
    }

    public void setSnpOrientation(MissionRow row, boolean option) {
        CaseMission m = row.caseMission();
        save(new CaseMission(m.mission(), m.chosen(), m.startDate(), option));
    }

    /** « 01/09/2026 »; empty = at signature. An impossible date is refused with a French message. */
    public void setStartDate(MissionRow row, String text) {
        dateError.set("");
        DateInput date = DateInput.parse(text);
        if (!date.valid()) {
            dateError.set(messages.get("date.invalid", text));
            return;
        }
        CaseMission m = row.caseMission();
        save(new CaseMission(m.mission(), m.chosen(), date.date(), m.snpOrientation()));
    }

    /** Reloads after the detail pane changed actions or indicators. */
    public void refresh() {
        load(caseId);
        onChanged.run();
    }

    private void save(CaseMission mission) {
        UUID id = caseId;
        RulesVersion version = rules.get();
        tasks.run(() -> {
            missions.saveMission(id, mission, version);
            return missions.content(id);
        }, loaded -> {
            show(loaded);
            onChanged.run();
        }, error -> {
            failed(error);
            show(content);
        });
    }

    private void show(MissionContent loaded) {
        content = loaded;
        RulesVersion version = rules.get();
        rulesLabel.set(messages.get("missions.rules", version.title()));
        Mission keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().mission();
        wanted = null;
        reading = false;
        rows.setAll(version.missions().stream().map(rule -> row(rule, loaded)).toList());
        selected.set(rows.stream().filter(r -> r.mission() == keep).findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst()));
        listeners.forEach(l -> l.accept(loaded));
    }

    private MissionRow row(MissionRule rule, MissionContent loaded) {
        CaseMission m = loaded.mission(rule.mission());
        return new MissionRow(m, messages.get(rule.mission()), messages.get(rule.kind()),
                rule.kind() == MissionKind.SOCLE, DateInput.format(m.startDate()),
                loaded.actionsOf(rule.mission()).size(), loaded.indicatorsOf(rule.mission()).size(), startShown(m));
    }

    /** Its own date, else the signature's (marked) for a mission taken on: as the « Parcours » reads it. */
    private String startShown(CaseMission m) {
        if (m.startDate() != null) {
            return DateInput.format(m.startDate());
        }
        return m.chosen() && signature != null
                ? messages.get("consist.missions.startAtSignature", FrenchFormat.date(m.startOn(signature))) : "";
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }

    private record Loaded(MissionContent content, LocalDate signature) {
    }
}
