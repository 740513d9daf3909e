package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.amendment.AmendmentEffect;
import fr.referentcpts.core.amendment.AmendmentOptions;
import fr.referentcpts.core.amendment.AmendmentService;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.workflow.ContractService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DateInput;
import fr.referentcpts.ui.common.DialogService;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The « Nouvel avenant » form: effective date, rules version, missions added (each with its start
 * date), start dates moved, operating complement, new size class, reason. « Voir l’effet » asks the
 * funding engine (through core) for the annual envelope before → after; « Enregistrer » is possible
 * once the effect of what is typed has been shown. Errors appear in French under their field.
 */
public final class AmendmentDialogViewModel {
    /** A rules version to choose. */
    public record RulesChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A mission that could be added: ticked, with its start date (empty: the effective date). */
    public record MissionAdd(Mission mission, String label, BooleanProperty selected, StringProperty start) {
    }

    /** A mission of the contract whose start date may be moved (empty: unchanged). */
    public record MissionStart(Mission mission, String label, String current, StringProperty start) {
    }

    private final UUID caseId;
    private final AmendmentOptions options;
    private final ContractService contracts;
    private final AmendmentService amendments;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onRecorded;
    private final StringProperty effectiveDate = new SimpleStringProperty("");
    private final ObjectProperty<RulesChoice> rules = new SimpleObjectProperty<>();
    private final List<RulesChoice> rulesChoices = new ArrayList<>();
    private final List<MissionAdd> additions = new ArrayList<>();
    private final List<MissionStart> starts = new ArrayList<>();
    private final BooleanProperty complement = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> sizeClass = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new HashMap<>();
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper effectShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper(false);
    private boolean rulesTouched;
    private boolean settingRules;

    AmendmentDialogViewModel(UUID caseId, AmendmentOptions options, ContractService contracts,
            AmendmentService amendments, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onRecorded) {
        this.caseId = caseId;
        this.options = options;
        this.contracts = contracts;
        this.amendments = amendments;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onRecorded = onRecorded;
        for (RulesVersion version : options.versions()) {
            rulesChoices.add(new RulesChoice(version.id(), version.title()));
        }
        for (Mission mission : options.addableMissions()) {
            additions.add(new MissionAdd(mission, messages.get(mission), new SimpleBooleanProperty(false),
                    new SimpleStringProperty("")));
        }
        for (MissionChoice mission : options.currentMissions()) {
            starts.add(new MissionStart(mission.mission(), messages.get(mission.mission()),
                    FrenchFormat.date(mission.startDate()), new SimpleStringProperty("")));
        }
        effectiveDate.set(DateInput.format(options.suggestedDate()));
        selectRules(options.defaultRulesId());
        rules.addListener((obs, old, value) -> rulesTouched |= !settingRules);
        effectiveDate.addListener((obs, old, value) -> followDefaultRules());
        List<Observable> inputs = new ArrayList<>(List.of(effectiveDate, rules, complement, sizeClass));
        additions.forEach(a -> inputs.addAll(List.of(a.selected(), a.start())));
        starts.forEach(s -> inputs.add(s.start()));
        inputs.forEach(input -> input.addListener(o -> {
            effect.set("");
            effectShown.set(false);
        }));
    }

    public String title() {
        return messages.get("amendmentUi.dialog.title", Integer.toString(options.nextNumber()));
    }

    public StringProperty effectiveDateProperty() {
        return effectiveDate;
    }

    public ObjectProperty<RulesChoice> rulesProperty() {
        return rules;
    }

    public List<RulesChoice> rulesChoices() {
        return rulesChoices;
    }

    public List<MissionAdd> additions() {
        return additions;
    }

    public List<MissionStart> starts() {
        return starts;
    }

    public BooleanProperty complementProperty() {
        return complement;
    }

    /** The complement may be granted: a contract signed before 31/12/2021 that has not received it yet. */
    public boolean complementAvailable() {
        return options.complementAvailable();
    }

    /** The new size class, null: unchanged. */
    public ObjectProperty<Integer> sizeClassProperty() {
        return sizeClass;
    }

    public List<Integer> sizeClasses() {
        return List.of(1, 2, 3, 4);
    }

    /** « Taille actuelle : 1 ». */
    public String currentSize() {
        return options.currentSizeClass() == 0 ? "" : messages.get("amendmentUi.dialog.currentSize",
                Integer.toString(options.currentSizeClass()));
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The French error under {@code field} (« effectiveDate », « reason », « add.CRISIS »…), empty when none. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return error(field).getReadOnlyProperty();
    }

    /** « Enveloppe annuelle : 160 000,00 € → 170 000,00 € (+10 000,00 €) » once computed. */
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    /** True when the effect of what is typed is shown: it may be saved. */
    public ReadOnlyBooleanProperty effectShownProperty() {
        return effectShown.getReadOnlyProperty();
    }

    /** True once recorded: the dialog closes. */
    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    /** Computes the effect of the amendment typed (the reason is not needed for that). */
    public void preview() {
        terms(false).ifPresent(terms -> tasks.run(() -> amendments.effect(caseId, terms), this::showEffect,
                this::failed));
    }

    /** Records the amendment typed (the effect must have been shown); the history keeps it. */
    public void save() {
        Optional<ContractAmendment> terms = terms(true);
        if (terms.isEmpty()) {
            return;
        }
        if (!effectShown.get()) {
            error("effect").set(messages.get("amendmentUi.dialog.effectFirst"));
            return;
        }
        tasks.run(() -> contracts.addAmendment(caseId, terms.get()), saved -> {
            recorded.set(true);
            onRecorded.run();
        }, this::failed);
    }

    private void showEffect(AmendmentEffect computed) {
        String text = messages.get("amendmentUi.dialog.effect", FrenchFormat.amount(computed.annualTotalBefore()),
                FrenchFormat.amount(computed.annualTotalAfter()),
                signed(computed.annualTotalAfter().subtract(computed.annualTotalBefore())),
                signed(computed.contractTotalAfter().subtract(computed.contractTotalBefore())));
        effect.set(computed.finalCapable() ? text : text + " " + messages.get("amendmentUi.dialog.toConfirm"));
        effectShown.set(true);
    }

    private static String signed(java.math.BigDecimal difference) {
        return (difference.signum() > 0 ? "+" : "") + FrenchFormat.amount(difference);
    }

    /** The amendment typed, or empty with the errors shown. */
    private Optional<ContractAmendment> terms(boolean withReason) {
        fieldErrors.values().forEach(e -> e.set(""));
        boolean ok = true;
        LocalDate effective = date("effectiveDate", effectiveDate.get());
        if (effective == null && error("effectiveDate").get().isEmpty()) {
            error("effectiveDate").set(messages.get("workflow.error.dateRequired"));
        }
        ok &= effective != null;
        List<MissionChoice> added = new ArrayList<>();
        for (MissionAdd add : additions) {
            if (add.selected().get()) {
                LocalDate start = date("add." + add.mission().name(), add.start().get());
                ok &= error("add." + add.mission().name()).get().isEmpty();
                added.add(new MissionChoice(add.mission(), start, false));
            }
        }
        List<MissionChoice> moved = new ArrayList<>();
        for (MissionStart start : starts) {
            LocalDate date = date("start." + start.mission().name(), start.start().get());
            ok &= error("start." + start.mission().name()).get().isEmpty();
            if (date != null) {
                moved.add(new MissionChoice(start.mission(), date, false));
            }
        }
        if (withReason && reason.get().isBlank()) {
            error("reason").set(messages.get("workflow.error.reasonRequired"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        String rulesId = rules.get() == null || rules.get().id().equals(options.currentRulesId()) ? null
                : rules.get().id();
        Integer size = sizeClass.get() == null || sizeClass.get() == options.currentSizeClass() ? null
                : sizeClass.get();
        return Optional.of(new ContractAmendment(options.nextNumber(), effective, rulesId, added, moved,
                complement.get() && options.complementAvailable(), size == null ? null : SizeClass.of(size),
                reason.get()));
    }

    private LocalDate date(String field, String text) {
        DateInput input = DateInput.parse(text);
        if (!input.valid()) {
            error(field).set(messages.get("date.invalid", text.strip()));
        }
        return input.date();
    }

    /** A refused field shows under it (« addMissions[0].startDate » under the mission added first). */
    private void failed(Throwable error) {
        Throwable cause = error instanceof TaskRunner.TaskFailedException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof ValidationException v) {
            error(formField(v.field())).set(withoutFieldName(messages.get(v)));
        } else {
            dialogs.error(messages.get("error.title"), errors.describe(cause));
        }
    }

    /** The form's field of a core field name. */
    String formField(String field) {
        String name = field.startsWith("amendments[") ? field.substring(field.indexOf(']') + 2) : field;
        List<MissionAdd> ticked = additions.stream().filter(a -> a.selected().get()).toList();
        List<MissionStart> moved = starts.stream().filter(s -> !s.start().get().isBlank()).toList();
        if (name.startsWith("addMissions[")) {
            int i = Integer.parseInt(name.substring("addMissions[".length(), name.indexOf(']')));
            return i < ticked.size() ? "add." + ticked.get(i).mission().name() : "changes";
        }
        if (name.startsWith("missionStarts[")) {
            int i = Integer.parseInt(name.substring("missionStarts[".length(), name.indexOf(']')));
            return i < moved.size() ? "start." + moved.get(i).mission().name() : "changes";
        }
        return switch (name) {
            case "effectiveDate", "reason", "operatingComplement", "sizeClass", "changes" -> name;
            case "rulesVersion" -> "rules";
            default -> "effect";
        };
    }

    /** « Champ « x » : la version… » → « La version… »: the field is the one the error stands under. */
    private static String withoutFieldName(String text) {
        String rest = text.replaceFirst("^Champ « [^»]*» : ", "");
        return rest.isEmpty() ? text : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private ReadOnlyStringWrapper error(String field) {
        return fieldErrors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }

    private void selectRules(String id) {
        settingRules = true;
        try {
            rules.set(rulesChoices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
        } finally {
            settingRules = false;
        }
    }

    /** While the referent has not chosen a version, the default follows the effective date. */
    private void followDefaultRules() {
        if (rulesTouched) {
            return;
        }
        DateInput input = DateInput.parse(effectiveDate.get());
        if (input.valid() && input.date() != null) {
            try {
                selectRules(amendments.defaultRules(input.date()));
            } catch (ValidationException e) {
                // a date before every version: the choice stays, the effect will say why
            }
        }
    }
}
