package fr.referentcpts.ui.portfolio;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.Text;
import java.util.function.IntSupplier;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The portfolio of case files: the list, its search box, the archived filter, the demo data. */
public final class PortfolioViewModel {
    private final CaseFileService caseFiles;
    private final IntSupplier demo;
    private final DepartementCatalog departements;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final ZoneId zone;

    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<CaseRow> readOnlyVisibleRows = FXCollections.unmodifiableObservableList(visibleRows);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkflowStage> stageFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> departementFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> departementChoices = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyDepartementChoices =
            FXCollections.unmodifiableObservableList(departementChoices);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding empty;
    private final StringBinding summary;
    private java.util.function.Consumer<UUID> caseChanged = id -> { };
    private Runnable reloaded = () -> { };
    private static final Runnable NOTHING = () -> { };
    /** A kept list's rows are being made ({@link #showKept}); what its confirmation waits to run once they are in. */
    private boolean keptComing;
    private Runnable whenKeptIn = NOTHING;

    /** @param demo loads the demonstration case files, returns how many */
    public PortfolioViewModel(CaseFileService caseFiles, IntSupplier demo, DepartementCatalog departements,
            TaskRunner tasks, DialogService dialogs, Messages messages, ZoneId zone) {
        this.caseFiles = caseFiles;
        this.demo = demo;
        this.departements = departements;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.zone = zone;
        search.addListener((obs, old, value) -> refilter());
        showArchived.addListener((obs, old, value) -> refilter());
        stageFilter.addListener((obs, old, value) -> refilter());
        departementFilter.addListener((obs, old, value) -> refilter());
        // Only when the set changes: a saved case file replaces its row, and the filter's list is costly to rebuild.
        rows.addListener((javafx.collections.ListChangeListener<CaseRow>) c -> {
            List<String> present = rows.stream().map(r -> r.caseFile().departement()).distinct().sorted().toList();
            if (!present.equals(departementChoices)) {
                departementChoices.setAll(present);
            }
        });
        empty = Bindings.createBooleanBinding(() -> loaded.get() && rows.isEmpty(), loaded, rows);
        summary = Bindings.createStringBinding(this::describeCount, visibleRows, rows);
        refilter();
    }

    public ObservableList<CaseRow> visibleRows() {
        return readOnlyVisibleRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    /** Only the case files at this stage; null: every stage. */
    public ObjectProperty<WorkflowStage> stageFilterProperty() {
        return stageFilter;
    }

    /** Only the case files of this département (code); null: every département. */
    /** The département shown (its code), null or empty: all. */
    public ObjectProperty<String> departementFilterProperty() {
        return departementFilter;
    }

    /** The départements of the case files, for the filter. */
    public ObservableList<String> departementChoices() {
        return readOnlyDepartementChoices;
    }

    /** « 14 – Calvados ». */
    public String departementLabel(String code) {
        return code + " – " + departements.nameOf(code);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True once loaded when the data folder holds no case file at all (archived included). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    /**
     * Told when the case files change: {@code changed} with the id of one created, saved or
     * deleted, {@code reloaded} when the whole list was read again (any may have changed).
     */
    public void onChange(java.util.function.Consumer<UUID> changed, Runnable reloaded) {
        this.caseChanged = changed;
        this.reloaded = reloaded;
    }

    /** Loads the list in the background; {@code then} runs once it is shown. */
    public void load(Runnable then) {
        tasks.run(this::listRows, list -> {
            setAll(list);
            loaded.set(true);
            then.run();
        }, this::showError);
    }

    /**
     * Shows {@code cases} — the list the data folder's last clean close kept, exactly its database
     * then — until {@link #load} reads the database, unless it already has; their rows are made on
     * {@code worker}, then {@code shown} runs once they are in the list.
     */
    public void showKept(List<CaseFile> cases, TaskRunner worker, Runnable shown) {
        keptComing = true;
        worker.run(() -> cases.stream().map(this::toRow).toList(), list -> {
            keptComing = false;
            if (!loaded.get()) {
                rows.setAll(list);
                shown.run();
                whenKeptIn.run();
            }
        }, error -> {
            keptComing = false;
            if (!loaded.get() && whenKeptIn != NOTHING) {
                load(whenKeptIn); // confirmed, but its rows could not be made: the database's, then
            } else {
                showError(error);
            }
        });
    }

    /**
     * The kept list ({@link #showKept}) is the database's content (its opening found it so):
     * loaded, as if read, and {@code then} runs — once its rows are in the list if they are still
     * being made, instead of reading the database meanwhile.
     */
    public void confirmKept(Runnable then) {
        if (keptComing) {
            whenKeptIn = () -> {
                whenKeptIn = NOTHING;
                loaded.set(true);
                then.run();
            };
            return;
        }
        loaded.set(true);
        then.run();
    }

    public void loadDemo() {
        tasks.run(() -> {
            demo.getAsInt();
            return listRows();
        }, this::setAll, this::showError);
    }

    /**
     * A case file was created or saved: show its new state. A new one is selected; a saved one
     * stays selected if it was, unless it just left the visible list (archived).
     */
    public void upsert(CaseFile caseFile) {
        CaseRow row = toRow(caseFile);
        int index = indexOf(caseFile.id());
        boolean wasSelected = selected.get() != null && selected.get().caseFile().id().equals(caseFile.id());
        if (index >= 0) {
            rows.set(index, row);
        } else {
            rows.addFirst(row);
        }
        if (index < 0 || wasSelected) {
            selected.set(caseFile.archived() && !showArchived.get() ? null : row);
        }
        caseChanged.accept(caseFile.id());
    }

    public void removed(UUID id) {
        int index = indexOf(id);
        if (index >= 0) {
            rows.remove(index);
        }
        selected.set(null);
        caseChanged.accept(id);
    }

    /** Every case file of the folder, archived ones included. */
    public List<UUID> allCaseIds() {
        return rows.stream().map(r -> r.caseFile().id()).toList();
    }

    public Optional<CaseRow> find(UUID id) {
        return rows.stream().filter(r -> r.caseFile().id().equals(id)).findFirst();
    }

    /** The case files as rows, labels and search text made on the worker (not on the FX thread). */
    private List<CaseRow> listRows() {
        return caseFiles.list().stream().map(this::toRow).toList();
    }

    private void setAll(List<CaseRow> list) {
        UUID keep = selected.get() == null ? null : selected.get().caseFile().id();
        rows.setAll(list);
        selected.set(keep == null ? null : find(keep).orElse(null));
        reloaded.run();
    }

    private CaseRow toRow(CaseFile c) {
        return CaseRow.of(c, departements.nameOf(c.departement()), messages.get(c.stage()),
                FrenchFormat.dateTime(c.updatedAt(), zone));
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).caseFile().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void refilter() {
        String[] words = CaseRow.words(Text.fold(search.get()));
        boolean archived = showArchived.get();
        WorkflowStage stage = stageFilter.get();
        String departement = departementFilter.get();
        visibleRows.setPredicate(row -> (archived || !row.caseFile().archived()) && row.matchesAll(words)
                && (stage == null || row.caseFile().stage() == stage)
                && (departement == null || departement.isEmpty() || row.caseFile().departement().equals(departement)));
    }

    private String describeCount() {
        long archived = rows.stream().filter(r -> r.caseFile().archived()).count();
        return messages.get("portfolio.summary", visibleRows.size(), rows.size() - archived, archived);
    }

    private void showError(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }
}
