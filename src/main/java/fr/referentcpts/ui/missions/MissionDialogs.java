package fr.referentcpts.ui.missions;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.KeyedConverter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The action and indicator dialogs of the « Missions » tab. */
final class MissionDialogs {
    private MissionDialogs() {
    }

    static Optional<MissionAction> action(Messages messages, Window owner, MissionDetailViewModel vm,
            MissionAction existing) {
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("action-title");
        TextArea description = new TextArea(existing == null ? "" : existing.description());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        TextField pilot = new TextField(existing == null ? "" : existing.pilot());
        TextField partners = new TextField(existing == null ? "" : existing.partners());
        TextField calendar = new TextField(existing == null ? "" : existing.calendar());
        TextField deliverables = new TextField(existing == null ? "" : existing.deliverables());
        deliverables.setId("action-deliverables");
        deliverables.setPromptText(messages.get("missions.action.deliverables.prompt"));
        ComboBox<String> usual = new ComboBox<>(vm.deliverableSuggestions());
        usual.setPromptText(messages.get("missions.action.deliverables.catalog"));
        usual.setPrefWidth(200);
        usual.setDisable(vm.deliverableSuggestions().isEmpty());
        usual.setOnAction(e -> {
            if (usual.getValue() != null) {
                deliverables.setText(withSuggestion(deliverables.getText(), usual.getValue()));
            }
        });
        HBox deliverablesRow = new HBox(8, deliverables, usual);
        HBox.setHgrow(deliverables, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        VBox form = new VBox(8,
                Forms.field(messages.get("missions.action.title"), title),
                Forms.field(messages.get("missions.action.description"), description),
                Forms.field(messages.get("missions.action.pilot"), pilot),
                Forms.field(messages.get("missions.action.partners"), partners),
                Forms.field(messages.get("missions.action.calendar"), calendar),
                Forms.field(messages.get("missions.action.deliverables"), deliverablesRow), error);
        form.setPrefWidth(520);
        Supplier<MissionAction> read = () -> new MissionAction(existing == null ? UUID.randomUUID() : existing.id(),
                vm.caseId(), vm.mission(), title.getText(), description.getText(), pilot.getText(),
                partners.getText(), calendar.getText(), deliverables.getText());
        return show(messages, owner, messages.get(existing == null ? "missions.action.add" : "missions.action.edit"),
                form, () -> {
                    MissionAction action = read.get();
                    if (action.title().isEmpty()) {
                        error.setText(messages.get("mission.error.actionTitleRequired"));
                        return Optional.empty();
                    }
                    return Optional.of(action);
                });
    }

    /** The livrables typed so far, with the chosen usual ones added once. */
    private static String withSuggestion(String typed, String suggestion) {
        String current = typed == null ? "" : typed.strip();
        if (current.contains(suggestion)) {
            return current;
        }
        return current.isEmpty() ? suggestion : current + ", " + suggestion;
    }

    static Optional<Indicator> indicator(Messages messages, Window owner, IndicatorFormViewModel vm, boolean isNew) {
        ComboBox<IndicatorKind> kind = new ComboBox<>(FXCollections.observableArrayList(IndicatorKind.values()));
        kind.setConverter(new KeyedConverter<>(messages));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Direction> direction = new ComboBox<>(FXCollections.observableArrayList(Direction.values()));
        direction.setConverter(new KeyedConverter<>(messages));
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        GridPane grid = new GridPane(12, 8);
        grid.add(Forms.field(messages.get("missions.indicator.label"),
                Forms.textField("indicator-label", vm.labelProperty(), 420)), 0, 0, 4, 1);
        grid.add(Forms.field(messages.get("missions.indicator.kind"), kind), 0, 1);
        grid.add(Forms.field(messages.get("missions.indicator.direction"), direction), 1, 1);
        grid.add(Forms.field(messages.get("missions.indicator.unit"),
                Forms.textField("indicator-unit", vm.unitProperty(), 120)), 2, 1);
        grid.add(Forms.field(messages.get("missions.indicator.weight"),
                Forms.textField("indicator-weight", vm.weightProperty(), 60)), 3, 1);
        grid.add(Forms.field(messages.get("missions.indicator.baseline"),
                Forms.textField("indicator-baseline", vm.baselineProperty(), 150)), 0, 2);
        grid.add(Forms.field(messages.get("missions.indicator.amount"),
                Forms.textField("indicator-amount", vm.amountProperty(), 120)), 1, 2);
        TextField dataSource = Forms.textField("indicator-data-source", vm.dataSourceProperty(), 420);
        dataSource.setPromptText(messages.get("missions.indicator.dataSource.prompt"));
        grid.add(Forms.field(messages.get("missions.indicator.dataSource"), dataSource), 0, 3, 4, 1);
        GridPane years = new GridPane(8, 6);
        years.add(new Label(messages.get("missions.indicator.target")), 0, 1);
        years.add(new Label(messages.get("missions.indicator.measured")), 0, 2);
        for (int year = 1; year <= Indicator.YEARS; year++) {
            years.add(new Label(messages.get("missions.rate.year", year)), year, 0);
            years.add(Forms.textField("indicator-target-" + year, vm.targetProperty(year), 70), year, 1);
            years.add(Forms.textField("indicator-measured-" + year, vm.measuredProperty(year), 70), year, 2);
        }
        grid.add(years, 0, 4, 4, 1);
        grid.add(IndicatorTiersPane.of(vm, messages), 0, 5, 4, 1);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        grid.add(error, 0, 6, 4, 1);
        return show(messages, owner, messages.get(isNew ? "missions.indicator.add" : "missions.indicator.edit"),
                grid, vm::validated);
    }

    private static <T> Optional<T> show(Messages messages, Window owner, String title, Node content,
            Supplier<Optional<T>> validate) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("team.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setId("dialog-save");
        Object[] result = new Object[1];
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<T> value = validate.get();
            if (value.isEmpty()) {
                event.consume();
            } else {
                result[0] = value.get();
            }
        });
        @SuppressWarnings("unchecked")
        Supplier<T> stored = () -> (T) result[0];
        dialog.setResultConverter(button -> button == save ? stored.get() : null);
        return dialog.showAndWait();
    }
}
