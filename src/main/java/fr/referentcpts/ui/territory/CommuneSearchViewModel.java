package fr.referentcpts.ui.territory;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.geo.Commune;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.Epci;
import fr.referentcpts.core.geo.PopulationVintage;
import fr.referentcpts.core.geo.VintageComparison;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.TaskRunner;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find communes in the official referential as you type (name, postal code or INSEE code),
 * add one or a whole EPCI, and compare the territory with the referential's vintage.
 */
public final class CommuneSearchViewModel {
    /** Once the contract is signed, its population figures change only by an explicit decision elsewhere. */
    static final Set<WorkflowStage> FIGURES_FROZEN = EnumSet.of(WorkflowStage.FOLLOW_UP, WorkflowStage.TERMINATED, WorkflowStage.CLOSED);
    static final int LIMIT = 30;

    /** One search result: a commune or an EPCI, as the list shows it. */
    public record Hit(String label, String detail, Commune commune, Epci epci) {
    }

    private final Supplier<CommuneReferential> referential;
    private final TerritoryViewModel territory;
    private final Supplier<WorkflowStage> stage;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty epciMode = new SimpleBooleanProperty(false);
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ObservableList<Hit> readOnlyHits = FXCollections.unmodifiableObservableList(hits);
    private final ObservableList<String> comparison = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyComparison = FXCollections.unmodifiableObservableList(comparison);
    private final ReadOnlyStringWrapper comparisonSummary = new ReadOnlyStringWrapper("");
    private int generation;

    public CommuneSearchViewModel(Supplier<CommuneReferential> referential, TerritoryViewModel territory,
            Supplier<WorkflowStage> stage, TaskRunner tasks, Messages messages) {
        this.referential = referential;
        this.territory = territory;
        this.stage = stage;
        this.tasks = tasks;
        this.messages = messages;
        query.addListener((obs, old, text) -> search());
        epciMode.addListener((obs, old, on) -> search());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** True: search EPCI (communautés de communes…) rather than communes. */
    public BooleanProperty epciModeProperty() {
        return epciMode;
    }

    public ObservableList<Hit> hits() {
        return readOnlyHits;
    }

    /** Per changed commune: « Vire Normandie : 16 774 (2021) → 16 540 (2023), −234 ». */
    public ObservableList<String> comparison() {
        return readOnlyComparison;
    }

    public ReadOnlyStringProperty comparisonSummaryProperty() {
        return comparisonSummary.getReadOnlyProperty();
    }

    private void search() {
        String text = query.get();
        boolean epcis = epciMode.get();
        int current = ++generation;
        if (text == null || text.isBlank()) {
            hits.clear();
            return;
        }
        tasks.run(() -> {
            CommuneReferential r = referential.get();
            return epcis ? r.searchEpci(text, LIMIT).stream().map(e -> new Hit(e.name(),
                    messages.get("territory.search.epciDetail", e.type(), e.memberCount(),
                            FrenchFormat.integer(e.population())), null, e)).toList()
                    : r.search(text, LIMIT).stream().map(c -> new Hit(c.label(),
                    messages.get("territory.search.communeDetail", c.code(), String.join(", ", c.postalCodes()),
                            FrenchFormat.integer(c.population())), c, null)).toList();
        }, found -> {
            if (current == generation) {
                hits.setAll(found);
            }
        });
    }

    /** Adds the commune, or every commune of the EPCI, with the referential's population and vintage. */
    public void add(Hit hit) {
        tasks.run(() -> {
            CommuneReferential r = referential.get();
            List<Commune> communes = hit.commune() != null ? List.of(hit.commune()) : r.membersOf(hit.epci().code());
            return communes.stream().map(c -> toTerritory(c, r.vintageOf(c))).toList();
        }, communes -> territory.add(communes, () -> query.set("")));
    }

    /** Compares the stored populations with the referential's, commune by commune. */
    public void compare() {
        List<VintageComparison.StoredPopulation> stored = territory.rows().stream()
                .map(row -> new VintageComparison.StoredPopulation(row.commune().inseeCode(),
                        row.commune().population(), vintageLabel(row.commune()))).toList();
        tasks.run(() -> VintageComparison.compare(stored, referential.get()), this::showComparison);
    }

    /** Replaces the stored figures by the referential's, unless the contract is signed. */
    public void applyReferential() {
        if (FIGURES_FROZEN.contains(stage.get())) {
            comparisonSummary.set(messages.get("territory.vintage.frozen"));
            return;
        }
        tasks.run(() -> {
            CommuneReferential r = referential.get();
            return territory.rows().stream().map(row -> r.commune(row.commune().inseeCode())
                    .filter(c -> row.commune().overrideReason().isEmpty())
                    .map(c -> toTerritory(c, r.vintageOf(c))).orElse(row.commune())).toList();
        }, updated -> territory.replaceAll(updated, this::compare));
    }

    private void showComparison(VintageComparison.Result result) {
        comparison.setAll(result.changedLines().stream().map(line -> line.inReferential()
                ? messages.get("territory.vintage.line", line.name(), FrenchFormat.integer(line.storedPopulation()),
                        line.storedVintage(), FrenchFormat.integer(line.currentPopulation()), line.currentVintage(),
                        (line.delta() > 0 ? "+" : "") + FrenchFormat.integer(line.delta()))
                : messages.get("territory.vintage.gone", line.inseeCode())).toList());
        String sizeText = result.sizeClassChanges()
                ? messages.get("territory.vintage.sizeChanges", result.storedSizeClass(), result.currentSizeClass())
                : messages.get("territory.vintage.sizeSame", result.storedSizeClass());
        comparisonSummary.set(comparison.isEmpty() ? messages.get("territory.vintage.upToDate")
                : messages.get("territory.vintage.summary", FrenchFormat.integer(result.storedTotal()),
                        FrenchFormat.integer(result.currentTotal()), sizeText));
    }

    private static TerritoryCommune toTerritory(Commune c, PopulationVintage vintage) {
        return new TerritoryCommune(c.code(), c.name(), c.departement(), c.population(), vintage.source(),
                vintage.year(), "");
    }

    private static String vintageLabel(TerritoryCommune c) {
        return new PopulationVintage(c.populationSource(), c.populationVintage()).label();
    }
}
