package fr.referentcpts.ui.territory;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.TypedCommune;
import fr.referentcpts.core.territory.Overlap;
import fr.referentcpts.core.territory.SizeClassHint;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.NumberErrors;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The territory of the open case: its communes, the live total and size class, overlaps with
 * other case files, and a manual entry form (code, name, population, vintage).
 */
public final class TerritoryViewModel {
    private final TerritoryService territories;
    private final Supplier<CommuneReferential> referential;
    private final Supplier<List<Long>> thresholds;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onChanged;

    private final ObservableList<TerritoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TerritoryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sizeClass = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty population = new SimpleStringProperty("");
    private final StringProperty vintage = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper correctionError = new ReadOnlyStringWrapper("");
    private UUID caseId;

    /** @param referential the referential of communes, which a commune typed by hand is checked against */
    public TerritoryViewModel(TerritoryService territories, Supplier<CommuneReferential> referential,
            Supplier<List<Long>> thresholds, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onChanged) {
        this.territories = territories;
        this.referential = referential;
        this.thresholds = thresholds;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onChanged = onChanged;
        // An error under the manual entry belongs to what was typed: it goes as soon as the referent corrects it.
        List.of(code, name, population, vintage).forEach(p -> p.addListener((obs, old, value) -> formError.set("")));
    }

    public ObservableList<TerritoryRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** « Taille 1 – à 12 441 habitants du seuil de la taille 2 ». */
    public ReadOnlyStringProperty sizeClassProperty() {
        return sizeClass.getReadOnlyProperty();
    }

    /** Overlaps and other warnings, empty when none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty populationProperty() {
        return population;
    }

    public StringProperty vintageProperty() {
        return vintage;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The error of the population correction dialog, gone when it closes. */
    public ReadOnlyStringProperty correctionErrorProperty() {
        return correctionError.getReadOnlyProperty();
    }

    /** The correction dialog closed (saved or cancelled): its error goes with it. */
    public void correctionClosed() {
        correctionError.set("");
    }

    public void load(UUID id) {
        caseId = id;
        // Another case: nothing typed for the previous one is said under its forms.
        formError.set("");
        correctionError.set("");
        if (id == null) {
            show(new Territory(List.of()), List.of());
            return;
        }
        tasks.run(() -> new Loaded(territories.territory(id), territories.overlaps(id)),
                loaded -> show(loaded.territory(), loaded.overlaps()), this::failed);
    }

    /**
     * Adds the commune typed in the form: the population a whole number, the code one of the
     * referential with that name (or a municipal arrondissement); a code the referential does not
     * know is added only once the referent confirmed it (« Annuler » is the default).
     */
    public void addManual() {
        formError.set("");
        java.util.OptionalLong parsed = parsePopulation(population.get(), formError);
        if (parsed.isEmpty()) {
            return;
        }
        long inhabitants = parsed.getAsLong();
        String inseeCode = code.get().strip().toUpperCase(java.util.Locale.ROOT);
        TerritoryCommune commune = new TerritoryCommune(inseeCode, name.get(),
                TerritoryCommune.departementOf(inseeCode), inhabitants, messages.get("territory.source.manual"),
                vintage.get(), "");
        try {
            TerritoryService.validate(commune);
        } catch (ValidationException e) {
            formError.set(messages.get(e));
            return;
        }
        tasks.run(() -> referential.get().check(inseeCode, commune.name()), verdict -> {
            if (verdict == TypedCommune.OTHER_NAME) {
                formError.set(messages.get("ux.commune.otherName", inseeCode,
                        referential.get().commune(inseeCode).orElseThrow().name()));
            } else if (verdict != TypedCommune.UNKNOWN || dialogs.confirm(messages.get("ux.commune.unknownTitle"),
                    messages.get("ux.commune.unknown", inseeCode), messages.get("ux.commune.addAnyway"))) {
                add(List.of(commune), () -> {
                    code.set("");
                    name.set("");
                    population.set("");
                });
            }
        }, this::failed);
    }

    /** Adds communes (one, or all those of an EPCI); those already present are kept once. */
    public void add(List<TerritoryCommune> communes, Runnable then) {
        change(id -> territories.add(id, communes), then);
    }

    /** Replaces the territory's communes, then runs {@code then}. */
    public void replaceAll(List<TerritoryCommune> communes, Runnable then) {
        change(id -> territories.replaceAll(id, communes), then);
    }

    /**
     * The referent types a population over the referential's (« 17 000 ») with the reason
     * (« chiffre transmis par la mairie »); both are required.
     */
    public boolean correctPopulation(TerritoryRow row, String population, String reason) {
        correctionError.set("");
        java.util.OptionalLong parsed = parsePopulation(population, correctionError);
        if (parsed.isEmpty()) {
            return false;
        }
        long inhabitants = parsed.getAsLong();
        if (reason == null || reason.isBlank()) {
            correctionError.set(messages.get("territory.correct.reasonRequired"));
            return false;
        }
        TerritoryCommune c = row.commune();
        TerritoryCommune corrected = new TerritoryCommune(c.inseeCode(), c.name(), c.departement(), inhabitants,
                c.populationSource(), c.populationVintage(), reason);
        change(id -> territories.update(id, corrected), () -> { });
        return true;
    }

    /** Removes a commune from the territory once the referent confirmed (« Annuler » is the default). */
    public void remove(TerritoryRow row) {
        if (row == null || !dialogs.confirm(messages.get("safety.commune.remove.title"),
                messages.get("safety.commune.remove.question", row.commune().name(), row.commune().inseeCode()),
                messages.get("safety.commune.remove.confirm"))) {
            return;
        }
        change(id -> territories.remove(id, row.commune().inseeCode()), () -> { });
    }

    /** Changes the territory in the background, then shows it with its overlaps and runs {@code then}. */
    private void change(java.util.function.Consumer<UUID> work, Runnable then) {
        UUID id = caseId;
        tasks.run(() -> {
            work.accept(id);
            return new Loaded(territories.territory(id), territories.overlaps(id));
        }, loaded -> {
            show(loaded.territory(), loaded.overlaps());
            onChanged.run();
            then.run();
        }, this::failed);
    }

    /** « 16 774 », « 16774 », « 16.774 » → 16774; anything else (nothing typed included) is explained under the form. */
    private java.util.OptionalLong parsePopulation(String text, ReadOnlyStringWrapper error) {
        FrenchNumbers.Parsed<Long> parsed = FrenchNumbers.parseInteger(text);
        if (parsed.value() == null) {
            error.set(NumberErrors.describe(messages, messages.get("territory.column.population"),
                    parsed.valid() ? FrenchNumbers.Problem.NOT_AN_INTEGER : parsed.problem(), text));
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(parsed.value());
    }

    private void show(Territory territory, List<Overlap> overlaps) {
        Map<String, String> overlapNames = overlaps.stream().collect(Collectors.groupingBy(Overlap::inseeCode,
                Collectors.mapping(Overlap::otherCaseName, Collectors.joining(", "))));
        rows.setAll(territory.communes().stream().map(c -> new TerritoryRow(c, FrenchFormat.integer(c.population()),
                source(c), overlapNames.getOrDefault(c.inseeCode(), ""))).toList());
        long inhabitants = territory.totalPopulation();
        total.set(messages.get("territory.total", FrenchFormat.integer(inhabitants), territory.communes().size()));
        if (territory.isEmpty()) {
            sizeClass.set("");
        } else {
            SizeClassHint hint = SizeClassHint.of(inhabitants, thresholds.get());
            sizeClass.set(messages.get(hint.above() ? "territory.sizeClass.above" : "territory.sizeClass.below",
                    hint.sizeClass(), FrenchFormat.integer(hint.distance()), hint.boundClass()));
        }
        warning.set(overlapNames.isEmpty() ? "" : messages.get("territory.overlap", overlapNames.size()));
    }

    private String source(TerritoryCommune c) {
        String text = c.populationVintage().isEmpty() ? c.populationSource()
                : c.populationSource() + " " + c.populationVintage();
        return c.overrideReason().isEmpty() ? text : text + " — " + c.overrideReason();
    }

    private void failed(Throwable error) {
        dialogs.error(messages.get("error.title"), errors.describe(error));
    }

    private record Loaded(Territory territory, List<Overlap> overlaps) {
    }
}
