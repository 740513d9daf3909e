package fr.referentcpts.ui.rules;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.BaremeCell;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesConfirmationRequest;
import fr.referentcpts.core.funding.RulesService;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.core.common.FrenchNumbers;
import fr.referentcpts.ui.common.NumberErrors;
import fr.referentcpts.ui.common.ErrorMessages;
import fr.referentcpts.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * « Confirmer cette version… »: the cellule completes or corrects the cells of a version against
 * the text it holds, says who confirms, when and against which text, and names the new version.
 * The version confirmed never changes: a new one is created. Only the cells the version does not
 * state by a text, or whose amount the cellule corrects, are sent; an empty cell stays as it was.
 */
public final class ConfirmRulesViewModel {
    private static final Pattern AMOUNT_FIELD = Pattern.compile("amounts\\[(\\d+)]\\.amounts\\.(\\d)");
    private final RulesService rules;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final RulesVersion version;
    private final List<AmountRow> rows;
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty confirmedBy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> confirmedOn = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmedByError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmedOnError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    ConfirmRulesViewModel(RulesService rules, TaskRunner tasks, Messages messages, Clock clock, RulesCatalog catalog,
            RulesVersion version) {
        this.rules = rules;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.version = version;
        RulesTexts texts = new RulesTexts(messages);
        this.rows = version.lines().stream().map(line -> new AmountRow(line, texts.label(line),
                Arrays.stream(SizeClass.values()).map(s -> texts.status(line.cell(s).status())).toList())).toList();
        LocalDate today = LocalDate.now(clock);
        confirmedOn.set(today);
        id.set(suggestedId(catalog, catalog.base(version).id(), today));
    }

    /** « ACI-2019-AV2-CELLULE-2026-12-05 », then « …-2 », « …-3 » when already taken. */
    static String suggestedId(RulesCatalog catalog, String base, LocalDate day) {
        String id = base + "-CELLULE-" + day;
        for (int n = 2; catalog.find(id).isPresent(); n++) {
            id = base + "-CELLULE-" + day + "-" + n;
        }
        return id;
    }

    /** « ACI du 20 juin 2019 modifié par l’avenant 2 (ACI-2019-AV2) ». */
    public String versionTitle() {
        return version.title();
    }

    public List<AmountRow> rows() {
        return rows;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty confirmedByProperty() {
        return confirmedBy;
    }

    public ObjectProperty<LocalDate> confirmedOnProperty() {
        return confirmedOn;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty idErrorProperty() {
        return idError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmedByErrorProperty() {
        return confirmedByError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmedOnErrorProperty() {
        return confirmedOnError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Checks the form, then creates the confirmed version in the background and hands it to
     * {@code saved}; on a refusal, the French error is shown on the field concerned and nothing
     * is created.
     */
    public void save(Consumer<RulesVersion> saved) {
        clearErrors();
        List<AmountRow> sent = new ArrayList<>();
        List<RulesConfirmationRequest.LineAmounts> amounts = new ArrayList<>();
        boolean valid = true;
        for (AmountRow row : rows) {
            Map<SizeClass, BigDecimal> given = new EnumMap<>(SizeClass.class);
            for (SizeClass size : SizeClass.values()) {
                String typed = row.amountProperty(size).get();
                FrenchNumbers.Parsed<BigDecimal> parsed = Amounts.parse(typed);
                if (!parsed.valid()) {
                    row.error(size, NumberErrors.describe(messages,
                            messages.get("rulesScreen.confirm.cellField", row.label(), size.number()), parsed.problem(),
                            typed));
                    valid = false;
                } else if (parsed.value() != null && changes(row.cell(size), parsed.value())) {
                    given.put(size, parsed.value());
                }
            }
            if (!given.isEmpty()) {
                sent.add(row);
                amounts.add(new RulesConfirmationRequest.LineAmounts(row.key(), given));
            }
        }
        if (!valid) {
            // A cell may be scrolled out of sight: say so where the buttons are.
            formError.set(messages.get("rulesScreen.confirm.error.cells"));
        }
        valid &= required(confirmedBy.get(), "confirmedBy", confirmedByError);
        valid &= required(text.get(), "text", textError);
        valid &= confirmedOn.get() != null || fail(confirmedOnError, required("confirmedOn"));
        if (!valid) {
            return;
        }
        RulesConfirmationRequest request = new RulesConfirmationRequest(id.get(), version.id(), confirmedBy.get(),
                confirmedOn.get(), text.get(), amounts);
        saving.set(true);
        tasks.run(() -> rules.confirm(request), confirmed -> {
            saving.set(false);
            saved.accept(confirmed);
        }, error -> {
            saving.set(false);
            refused(error, sent);
        });
    }

    /** A cell is sent when the version does not state it (proposed, unknown) or when the cellule corrects it. */
    private static boolean changes(BaremeCell cell, BigDecimal typed) {
        return !cell.status().confirmed() || cell.amount().compareTo(typed) != 0;
    }

    private void refused(Throwable error, List<AmountRow> sent) {
        if (!(unwrap(error) instanceof ValidationException invalid)) {
            formError.set(errors.describe(error));
            return;
        }
        String field = invalid.field();
        Matcher cell = AMOUNT_FIELD.matcher(field);
        String message = messages.get(labelled(invalid, field));
        switch (field) {
            case "id" -> idError.set(message);
            case "confirmedBy" -> confirmedByError.set(message);
            case "confirmedOn" -> confirmedOnError.set(message);
            case "text" -> textError.set(message);
            default -> {
                if (cell.matches() && Integer.parseInt(cell.group(1)) < sent.size()) {
                    sent.get(Integer.parseInt(cell.group(1))).error(SizeClass.of(Integer.parseInt(cell.group(2))),
                            message);
                    formError.set(messages.get("rulesScreen.confirm.error.cells"));
                } else {
                    formError.set(message);
                }
            }
        }
    }

    /** The refusal with the field named as the form names it (« Confirmé par », not « confirmedBy »). */
    private DomainException labelled(ValidationException invalid, String field) {
        Object[] arguments = invalid.arguments();
        if (arguments.length > 0 && field.equals(arguments[0])) {
            arguments[0] = fieldLabel(field);
        }
        return new DomainException(invalid.messageKey(), arguments);
    }

    private String fieldLabel(String field) {
        Matcher cell = AMOUNT_FIELD.matcher(field);
        return switch (field) {
            case "id" -> messages.get("rulesScreen.confirm.id");
            case "confirmedBy" -> messages.get("rulesScreen.confirm.by");
            case "confirmedOn" -> messages.get("rulesScreen.confirm.on");
            case "text" -> messages.get("rulesScreen.confirm.text");
            case "amounts" -> messages.get("rulesScreen.confirm.amounts");
            default -> cell.matches() ? messages.get("rulesScreen.column.size", cell.group(2)) : field;
        };
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof TaskRunner.TaskFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private boolean required(String value, String field, ReadOnlyStringWrapper error) {
        return (value != null && !value.isBlank()) || fail(error, required(field));
    }

    private String required(String field) {
        return messages.get("rules.confirm.error.required", fieldLabel(field));
    }

    private static boolean fail(ReadOnlyStringWrapper error, String message) {
        error.set(message);
        return false;
    }

    private void clearErrors() {
        List.of(idError, confirmedByError, confirmedOnError, textError, formError).forEach(e -> e.set(""));
        rows.forEach(AmountRow::clearErrors);
    }
}
