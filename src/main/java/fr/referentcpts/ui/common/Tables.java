package fr.referentcpts.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Tables over a ViewModel's read-only rows, and their read-only text columns. */
public final class Tables {
    private Tables() {
    }

    /**
     * A table showing {@code rows}, sorted by a click on a column header. The ViewModel's list is
     * read-only: the table sorts a {@link SortedList} view of it, so the ViewModel's order (which
     * its code may rely on) never changes under it.
     */
    public static <R> TableView<R> of(ObservableList<R> rows) {
        SortedList<R> sorted = new SortedList<>(rows);
        TableView<R> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return table;
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
