package fr.referentcpts.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns for the tables of the application. */
public final class Tables {
    private Tables() {
    }

    public static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A column for figures: right-aligned. */
    public static <R> TableColumn<R, String> rightColumn(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = column(title, value, width);
        column.getStyleClass().add("figure-column");
        return column;
    }
}
