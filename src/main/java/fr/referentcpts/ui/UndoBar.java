package fr.referentcpts.ui;

import atlantafx.base.theme.Styles;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.casefile.CaseDetailViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar shown for a few seconds after a deletion: « Dossier « X » supprimé. [Annuler] [×] ». */
final class UndoBar {
    private UndoBar() {
    }

    static HBox create(CaseDetailViewModel detail, Messages messages) {
        Label text = new Label();
        text.setId("undo-text");
        text.setWrapText(true);
        text.textProperty().bind(detail.deletionUndo().textProperty());
        Button undo = new Button(messages.get("safety.undo"));
        undo.setId("undo-delete");
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> detail.deletionUndo().undo());
        Button close = new Button("×");
        close.setId("undo-close");
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> detail.deletionUndo().forget());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, text, spacer, undo, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        bar.visibleProperty().bind(detail.deletionUndo().textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
