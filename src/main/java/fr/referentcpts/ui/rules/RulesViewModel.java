package fr.referentcpts.ui.rules;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.UserFiles;
import fr.referentcpts.core.funding.BaremeCell;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesConfirmation;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * « Règles de l’ACI »: the rules versions the application knows, the barème of the one selected
 * (amount and status of every cell), the cellule's confirmation of a version, and the rules files
 * exported for, or imported from, the other referents.
 */
public final class RulesViewModel {
    /** A rules file is a few dozen kilobytes; anything beyond this is not one. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private final RulesService rules;
    private final UserFiles files;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Clock clock;
    private final RulesTexts texts;
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObservableList<VersionRow> readOnlyVersions = FXCollections.unmodifiableObservableList(versions);
    private final ObservableList<BaremeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BaremeRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<VersionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper references = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private RulesCatalog catalog = new RulesCatalog(List.of());

    public RulesViewModel(RulesService rules, UserFiles files, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock) {
        this.rules = rules;
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.clock = clock;
        this.texts = new RulesTexts(messages);
        selected.addListener((obs, old, row) -> showBareme(row));
    }

    public ObservableList<VersionRow> versions() {
        return readOnlyVersions;
    }

    /** The barème of the selected version, line by line. */
    public ObservableList<BaremeRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<VersionRow> selectedProperty() {
        return selected;
    }

    /** « Barème annuel – ACI du 20 juin 2019 modifié par l’avenant 2 (ACI-2019-AV2) ». */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The legal texts of the selected version, one a line. */
    public ReadOnlyStringProperty referencesProperty() {
        return references.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public BooleanBinding noSelection() {
        return Bindings.isNull(selected);
    }

    /** Reads the catalog; selects {@code id} when given, else keeps the selection (or selects the first). */
    public void load(String id) {
        tasks.run(rules::catalog, loaded -> show(loaded, id), error -> loadError.set(errors.describe(error)));
    }

    /** The form confirming the selected version (the cellule completes or corrects its cells). */
    public Optional<ConfirmRulesViewModel> confirmForm() {
        return selectedVersion().map(v -> new ConfirmRulesViewModel(rules, tasks, messages, clock, catalog, v));
    }

    /** After a confirmation: the new version is listed and selected. */
    public void confirmed(RulesVersion version) {
        load(version.id());
    }

    /** Writes the rules file of the selected version to {@code file}. */
    public void export(Path file) {
        VersionRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> {
            files.save(file, rules.export(row.id()));
            return file;
        }, written -> dialogs.info(messages.get("rulesScreen.export.title"),
                messages.get("rulesScreen.exported", row.id(), written.toString())),
                error -> dialogs.error(messages.get("rulesScreen.export.failed"), errors.describe(error)));
    }

    /** Imports the rules file {@code file}; the version is then listed and selected. */
    public void importFile(Path file) {
        tasks.run(() -> {
            byte[] content = files.read(file, MAX_FILE_BYTES);
            int before = rules.catalog().versions().size();
            RulesVersion version = rules.importFile(content, String.valueOf(file.getFileName()));
            return new Imported(version, rules.catalog().versions().size() == before);
        }, imported -> {
            load(imported.version().id());
            dialogs.info(messages.get("rulesScreen.import.title"), imported.known()
                    ? messages.get("rulesScreen.importedKnown", imported.version().id())
                    : messages.get("rulesScreen.imported", imported.version().id(), imported.version().title()));
        }, error -> dialogs.error(messages.get("rulesScreen.import.failed"), errors.describe(error)));
    }

    private record Imported(RulesVersion version, boolean known) {
    }

    /** The suggested file name of the selected version's rules file. */
    public String fileName() {
        VersionRow row = selected.get();
        return (row == null ? "regles" : row.id()) + ".json";
    }

    private Optional<RulesVersion> selectedVersion() {
        return Optional.ofNullable(selected.get()).flatMap(row -> catalog.find(row.id()));
    }

    private void show(RulesCatalog loaded, String id) {
        loadError.set("");
        catalog = loaded;
        String keep = id != null ? id : selected.get() == null ? null : selected.get().id();
        List<VersionRow> list = loaded.versions().stream().map(this::row).toList();
        selected.set(null);
        versions.setAll(list);
        selected.set(list.stream().filter(r -> r.id().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst()));
    }

    private VersionRow row(RulesVersion version) {
        long open = version.cellsToConfirm();
        String state = open == 0 ? messages.get("rulesScreen.version.complete")
                : messages.get("rulesScreen.version.toConfirm", open);
        String confirmation = "";
        String relation = "";
        if (version.confirmedByCellule()) {
            RulesConfirmation c = version.confirmation();
            confirmation = messages.get("rulesScreen.version.confirmedBy", c.confirmedBy(),
                    FrenchFormat.date(c.confirmedOn()), c.text());
            relation = messages.get("rulesScreen.version.completes", c.completes());
        } else {
            RulesVersion latest = catalog.latest(version);
            if (latest != version) {
                relation = messages.get("rulesScreen.version.replacedBy", latest.id());
            }
        }
        return new VersionRow(version.id(), version.label(),
                messages.get("rulesScreen.version.inForce", FrenchFormat.date(version.inForce())), state, open == 0,
                confirmation, relation);
    }

    private void showBareme(VersionRow row) {
        Optional<RulesVersion> version = Optional.ofNullable(row).flatMap(r -> catalog.find(r.id()));
        heading.set(version.map(v -> messages.get("rulesScreen.bareme", v.title())).orElse(""));
        references.set(version.map(v -> String.join("\n", v.legalReferences().stream()
                .map(s -> "– " + s.citation()).toList())).orElse(""));
        rows.setAll(version.map(v -> v.lines().stream().map(this::baremeRow).toList()).orElse(List.of()));
    }

    private BaremeRow baremeRow(BaremeLine line) {
        List<BaremeRow.Cell> cells = new ArrayList<>();
        for (SizeClass size : SizeClass.values()) {
            cells.add(cell(line, line.cell(size)));
        }
        return new BaremeRow(texts.label(line), cells);
    }

    private BaremeRow.Cell cell(BaremeLine line, BaremeCell cell) {
        String amount = cell.known() ? FrenchFormat.wholeAmount(cell.amount())
                : messages.get("rulesScreen.cell.unknown");
        List<String> tip = new ArrayList<>();
        tip.add(texts.status(cell.status()));
        tip.add(messages.get("rulesScreen.tooltip.reference", cell.source().citation()));
        if (!cell.confidence().isBlank()) {
            tip.add(messages.get("rulesScreen.tooltip.confidence", cell.confidence()));
        }
        if (!cell.status().confirmed() && !line.note().isBlank()) {
            tip.add(messages.get("rulesScreen.tooltip.note", line.note()));
        }
        return new BaremeRow.Cell(amount, texts.status(cell.status()), cell.status(), String.join("\n", tip));
    }
}
