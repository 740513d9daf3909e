package fr.referentcpts.ui.missions;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.core.funding.EarnedAmount;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionRate;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.NumberErrors;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The selected mission: its actions, its indicators, its achievement per contract year and overrides. */
public final class MissionDetailViewModel {
    private final MissionService missions;
    private final List<IndicatorTemplate> catalog;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final MissionsViewModel parent;
    private final ObservableList<MissionAction> actions = FXCollections.observableArrayList();
    private final ObservableList<MissionAction> readOnlyActions = FXCollections.unmodifiableObservableList(actions);
    private final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList();
    private final ObservableList<IndicatorRow> readOnlyIndicators =
            FXCollections.unmodifiableObservableList(indicators);
    private final ObservableList<RateRow> rates = FXCollections.observableArrayList();
    private final ObservableList<RateRow> readOnlyRates = FXCollections.unmodifiableObservableList(rates);
    private final ObservableList<IndicatorTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<IndicatorTemplate> readOnlyTemplates =
            FXCollections.unmodifiableObservableList(templates);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overrideError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper maximum = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termsNote = new ReadOnlyStringWrapper("");
    private final ObservableList<String> deliverables = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyDeliverables = FXCollections.unmodifiableObservableList(deliverables);
    private Mission mission;

    public MissionDetailViewModel(MissionService missions, List<IndicatorTemplate> catalog, TaskRunner tasks,
            DialogService dialogs, Messages messages, MissionsViewModel parent) {
        this.missions = missions;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.parent = parent;
        parent.selectedProperty().addListener((obs, old, row) -> show(row == null ? null : row.mission()));
        parent.onContent(content -> show(mission));
    }

    public ObservableList<MissionAction> actions() {
        return readOnlyActions;
    }

    public ObservableList<IndicatorRow> indicators() {
        return readOnlyIndicators;
    }

    public ObservableList<RateRow> rates() {
        return readOnlyRates;
    }

    /** The starter catalogue's indicators for this mission. */
    public ObservableList<IndicatorTemplate> templates() {
        return readOnlyTemplates;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The usual livrables of this mission's catalogue indicators, to fill an action's livrables in one click. */
    public ObservableList<String> deliverableSuggestions() {
        return readOnlyDeliverables;
    }

    /** « Montant maximal des indicateurs de la mission, par année : 11 000 € »; empty when no indicator states an amount. */
    public ReadOnlyStringProperty maximumProperty() {
        return maximum.getReadOnlyProperty();
    }

    /** How the indicators' amounts are earned (tiers rule, the product's convention for an amount alone). */
    public ReadOnlyStringProperty termsNoteProperty() {
        return termsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overrideErrorProperty() {
        return overrideError.getReadOnlyProperty();
    }

    public Mission mission() {
        return mission;
    }

    public UUID caseId() {
        return parent.caseId();
    }

    public void saveAction(MissionAction action) {
        change(() -> {
            missions.saveAction(action);
            return null;
        });
    }

    public void deleteAction(MissionAction action) {
        if (dialogs.confirm(messages.get("missions.action.delete.title"),
                messages.get("missions.action.delete.question", action.title()), messages.get("missions.delete.confirm"))) {
            change(() -> {
                missions.deleteAction(action);
                return null;
            });
        }
    }

    public void saveIndicator(Indicator indicator) {
        change(() -> {
            missions.saveIndicator(indicator);
            return null;
        });
    }

    /** A new indicator from the catalogue, weight 1, with its usual data source; targets and amounts to fill in. */
    public void addFromCatalog(IndicatorTemplate template) {
        saveIndicator(new Indicator(UUID.randomUUID(), parent.caseId(), template.mission(), template.label(),
                template.kind(), template.unit(), null, template.direction(), BigDecimal.ONE, Map.of(), Map.of(),
                null, List.of(), template.dataSource()));
    }

    public void deleteIndicator(IndicatorRow row) {
        if (dialogs.confirm(messages.get("missions.indicator.delete.title"),
                messages.get("missions.indicator.delete.question", row.indicator().label()),
                messages.get("missions.delete.confirm"))) {
            change(() -> {
                missions.deleteIndicator(row.indicator());
                return null;
            });
        }
    }

    /** The referent's rate in percent (« 75 », « 82,5 ») for a year, with a reason. */
    public void overrideRate(int year, String percent, String reason) {
        overrideError.set("");
        FrenchNumbers.Parsed<BigDecimal> parsed = FrenchNumbers.parsePercent(percent);
        if (parsed.value() == null) {
            overrideError.set(NumberErrors.describe(messages, messages.get("missions.rate.value"),
                    parsed.valid() ? FrenchNumbers.Problem.NOT_A_PERCENT : parsed.problem(), percent));
            return;
        }
        BigDecimal rate = parsed.value();
        RateOverride override = new RateOverride(mission, year, rate, reason);
        UUID id = parent.caseId();
        change(() -> {
            missions.overrideRate(id, override);
            return null;
        });
    }

    public void clearOverride(int year) {
        UUID id = parent.caseId();
        Mission m = mission;
        change(() -> {
            missions.clearOverride(id, m, year);
            return null;
        });
    }

    private void change(Callable<Void> work) {
        tasks.run(work, done -> parent.refresh(), error -> {
            String text = errors.describe(error);
            overrideError.set(text);
            dialogs.error(messages.get("error.title"), text);
        });
    }

    private void show(Mission selected) {
        mission = selected;
        MissionContent content = parent.content();
        if (selected == null) {
            title.set("");
            actions.clear();
            indicators.clear();
            rates.clear();
            templates.clear();
            deliverables.clear();
            maximum.set("");
            termsNote.set("");
            return;
        }
        title.set(messages.get(selected));
        actions.setAll(content.actionsOf(selected));
        indicators.setAll(content.indicatorsOf(selected).stream().map(i -> IndicatorRow.of(i, messages)).toList());
        rates.setAll(IntStream.rangeClosed(1, Indicator.YEARS).mapToObj(y -> rateRow(content.rate(selected, y))).toList());
        templates.setAll(catalog.stream().filter(t -> t.mission() == selected).toList());
        deliverables.setAll(catalog.stream().filter(t -> t.mission() == selected).map(IndicatorTemplate::deliverables)
                .filter(d -> !d.isEmpty()).distinct().toList());
        showTerms(content, selected);
    }

    private void showTerms(MissionContent content, Mission selected) {
        List<EarnedAmount> maxima = MissionService.maximumEarnable(content).stream()
                .filter(e -> e.mission() == selected).toList();
        boolean sameEachYear = maxima.stream().map(e -> e.amount()).distinct().count() == 1;
        maximum.set(maxima.isEmpty() ? "" : messages.get("missions.indicator.maximum", sameEachYear
                ? FrenchFormat.wholeAmount(maxima.getFirst().amount())
                : maxima.stream().map(e -> "A" + e.contractYear() + " : " + FrenchFormat.wholeAmount(e.amount()))
                        .collect(java.util.stream.Collectors.joining(" · "))));
        List<Indicator> ofMission = content.indicatorsOf(selected);
        List<String> notes = new java.util.ArrayList<>();
        if (ofMission.stream().anyMatch(i -> !i.tiers().isEmpty())) {
            notes.add(messages.get("indicator.terms.tiersRule"));
        }
        if (ofMission.stream().anyMatch(i -> i.tiers().isEmpty() && i.amount() != null)) {
            notes.add(messages.get("indicator.terms.convention"));
        }
        termsNote.set(String.join(" ", notes));
    }

    private RateRow rateRow(MissionRate rate) {
        String value = rate.rate() == null ? "" : FrenchFormat.percent(rate.rate());
        String source = switch (rate.source()) {
            case COMPUTED -> messages.get("missions.rate.computed", rate.measured(), rate.total());
            case OVERRIDE -> messages.get("missions.rate.override", rate.reason());
            case NONE -> messages.get("missions.rate.none");
        };
        return new RateRow(rate, messages.get("missions.rate.year", rate.contractYear()), value, source);
    }
}
