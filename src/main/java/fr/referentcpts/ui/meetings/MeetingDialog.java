package fr.referentcpts.ui.meetings;

import atlantafx.base.theme.Styles;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.MeetingService;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.Forms;
import fr.referentcpts.ui.common.KeyedConverter;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** New or edited meeting; Ctrl+Entrée saves. */
public final class MeetingDialog extends Dialog<Meeting> {
    public MeetingDialog(MeetingFormViewModel vm, Messages messages, Window owner, boolean isNew,
            Consumer<Meeting> onValid) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.get(isNew ? "meeting.new" : "meeting.edit"));
        ButtonType save = new ButtonType(messages.get("meeting.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField date = text("meeting-date", vm.dateProperty(), 120);
        date.setPromptText(messages.get("workflow.form.datePrompt"));
        TextField time = text("meeting-time", vm.timeProperty(), 80);
        time.setPromptText("18:30");
        ChoiceBox<MeetingKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(MeetingKind.values()));
        kind.setId("meeting-kind");
        kind.setConverter(new KeyedConverter<>(messages));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        FlowPane participants = new FlowPane(12, 6);
        for (MeetingFormViewModel.Participant p : vm.participants()) {
            CheckBox box = new CheckBox(p.name());
            box.setId("meeting-participant-" + p.id());
            box.selectedProperty().bindBidirectional(p.present());
            participants.getChildren().add(box);
        }
        if (vm.participants().isEmpty()) {
            Label none = new Label(messages.get("meeting.noPeople"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            participants.getChildren().add(none);
        }
        VBox actions = new VBox(6);
        Runnable fill = () -> actions.getChildren().setAll(vm.actions().stream().map(a -> actionRow(vm, a, messages))
                .toList());
        vm.actions().addListener((ListChangeListener<MeetingFormViewModel.ActionForm>) c -> fill.run());
        fill.run();
        Button addAction = new Button(messages.get("meeting.action.add"));
        addAction.setId("meeting-action-add");
        addAction.setOnAction(e -> vm.addAction());

        GridPane grid = new GridPane(16, 8);
        grid.setPadding(new javafx.geometry.Insets(8, 12, 8, 4));
        grid.add(Forms.field(messages.get("meeting.field.date"), new HBox(8, date, time),
                vm.errorProperty(MeetingService.FIELD_DATE)), 0, 0);
        grid.add(Forms.field(messages.get("meeting.field.kind"), kind), 1, 0);
        grid.add(Forms.field(messages.get("meeting.field.place"), text("meeting-place", vm.placeProperty(), 300),
                vm.errorProperty("time")), 0, 1, 2, 1);
        grid.add(Forms.field(messages.get("meeting.field.participants"), participants), 0, 2, 2, 1);
        grid.add(Forms.field(messages.get("meeting.field.others"), text("meeting-others", vm.othersProperty(), 300)),
                0, 3, 2, 1);
        grid.add(Forms.field(messages.get("meeting.field.agenda"), area("meeting-agenda", vm.agendaProperty())),
                0, 4, 2, 1);
        grid.add(Forms.field(messages.get("meeting.field.decisions"), area("meeting-decisions",
                vm.decisionsProperty())), 0, 5, 2, 1);
        grid.add(Forms.field(messages.get("meeting.field.actions"), new VBox(6, actions, addAction),
                vm.errorProperty(MeetingService.FIELD_ACTIONS)), 0, 6, 2, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 560);
        getDialogPane().setContent(scroll);

        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("meeting-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.validated().ifPresent(meeting -> {
                setResult(meeting);
                close();
                onValid.accept(meeting);
            });
        });
        getDialogPane().getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER,
                KeyCombination.SHORTCUT_DOWN), saveButton::fire);
        setResultConverter(button -> null);
        fr.referentcpts.ui.common.DialogSizing.growWithContent(this);
        Platform.runLater(date::requestFocus);
    }

    private static Node actionRow(MeetingFormViewModel vm, MeetingFormViewModel.ActionForm a, Messages messages) {
        TextField what = text("meeting-action-text", a.text(), 260);
        what.setPromptText(messages.get("meeting.action.text"));
        HBox.setHgrow(what, Priority.ALWAYS);
        TextField owner = text("meeting-action-owner", a.owner(), 150);
        owner.setPromptText(messages.get("meeting.action.owner"));
        TextField due = text("meeting-action-due", a.due(), 110);
        due.setPromptText(messages.get("meeting.action.due"));
        CheckBox done = new CheckBox(messages.get("meeting.action.done"));
        done.selectedProperty().bindBidirectional(a.done());
        Button remove = new Button("✕");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> vm.removeAction(a));
        HBox row = new HBox(8, what, owner, due, done, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, double width) {
        return Forms.textField(id, value, width);
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
