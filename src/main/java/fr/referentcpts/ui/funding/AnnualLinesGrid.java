package fr.referentcpts.ui.funding;

import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.funding.FundingRows.AnnualRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The annual envelope, line by line: the line, its amount, its status and the legal text it
 * comes from. A dozen lines at most, shown whole in the page (no scroll area of their own to trap
 * the mouse wheel), long texts on several lines rather than cut.
 */
final class AnnualLinesGrid {
    private AnnualLinesGrid() {
    }

    static GridPane create(ObservableList<AnnualRow> rows, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("funding-annual");
        grid.getStyleClass().add("lines-grid");
        ColumnConstraints line = new ColumnConstraints(160, 240, 320);
        line.setHgrow(Priority.SOMETIMES);
        ColumnConstraints amount = new ColumnConstraints();
        ColumnConstraints status = new ColumnConstraints(200, 320, Double.MAX_VALUE);
        status.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(line, amount, status);
        Runnable fill = () -> {
            grid.getChildren().clear();
            grid.addRow(0, header(messages.get("funding.view.line")), header(messages.get("funding.view.annualAmount")),
                    header(messages.get("layout.funding.statusAndReference")));
            int index = 1;
            for (AnnualRow row : rows) {
                Label reference = cell(row.reference(), "text-muted");
                VBox statusAndReference = new VBox(2, cell(row.status(), null), reference);
                statusAndReference.getStyleClass().add("lines-grid-cell");
                Label amountCell = framed(cell(row.amount(), null));
                amountCell.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
                grid.addRow(index++, framed(cell(row.line(), null)), amountCell, statusAndReference);
            }
        };
        rows.addListener((ListChangeListener<AnnualRow>) change -> fill.run());
        fill.run();
        return grid;
    }

    private static Label header(String text) {
        Label label = framed(new Label(text));
        label.getStyleClass().add("lines-grid-header");
        return label;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** Cells of one row share their height and the line under them. */
    private static Label framed(Label label) {
        label.getStyleClass().add("lines-grid-cell");
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return label;
    }
}
