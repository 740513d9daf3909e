package fr.referentcpts.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Tables over a ViewModel's read-only rows (sorted through a view, never reordering the rows),
 * and their read-only text columns. A cell whose text is still cut shows it in full in a
 * tooltip; {@link #sizeToContent} gives each column the width of its longest text.
 */
public final class Tables {
    /** Cell and header padding around the text, and the room of a header's sort arrow. */
    private static final double CELL_PADDING = 20;
    /** Rows measured at most when sizing a column: a long portfolio is not measured in full. */
    private static final int MEASURED_ROWS = 400;
    /** A wrapping column is at most this wide when sized to content: its long texts take two lines. */
    private static final double WRAPPING_WIDTH = 150;
    private static final String WRAPPING = "wrapping-column";
    /** The flexible column (a name) of a table sized to content gives way down to this width. */
    private static final double NAME_MIN_WIDTH = 220;
    /** What {@link #textWidth} measures with, one per thread. */
    private static final ThreadLocal<Measure> MEASURE = ThreadLocal.withInitial(Measure::new);

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
        column.setCellFactory(c -> new FullTextCell<>(false));
        column.setPrefWidth(width);
        return column;
    }

    /** A column for figures: right-aligned. */
    public static <R> TableColumn<R, String> rightColumn(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = column(title, value, width);
        column.getStyleClass().add("figure-column");
        return column;
    }

    /** A column whose long texts wrap on several lines instead of being cut. */
    public static <R> TableColumn<R, String> wrappingColumn(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = column(title, value, width);
        column.setCellFactory(c -> new FullTextCell<>(true));
        column.getStyleClass().add(WRAPPING);
        return column;
    }

    /**
     * Sizes the columns to their content (header and the texts of the rows), now and whenever the
     * rows change: every column at least as wide as its longest text (up to {@code maxWidth}), so
     * dates, amounts and short labels are never cut; {@code flexible} (the name) takes the rest,
     * giving way down to 220 pixels.
     */
    public static <R> void sizeToContent(TableView<R> table, TableColumn<R, ?> flexible, double maxWidth) {
        sizeToContent(table, flexible, maxWidth, NAME_MIN_WIDTH);
    }

    /**
     * The same, the flexible column giving way down to {@code flexibleMin} (never under its
     * header): a long reference or explanation that wraps, or is in a tooltip, on a narrow screen.
     */
    public static <R> void sizeToContent(TableView<R> table, TableColumn<R, ?> flexible, double maxWidth,
            double flexibleMin) {
        Runnable size = () -> {
            for (TableColumn<R, ?> column : table.getColumns()) {
                double width = Math.min(column.getStyleClass().contains(WRAPPING) && column != flexible
                        ? WRAPPING_WIDTH : maxWidth, contentWidth(table, column));
                if (column == flexible) {
                    column.setMinWidth(Math.max(textWidth(column.getText(), true) + CELL_PADDING,
                            Math.min(width, flexibleMin)));
                    column.setPrefWidth(Math.max(width, column.getMinWidth()));
                } else {
                    column.setMinWidth(width);
                    column.setPrefWidth(width);
                    column.setMaxWidth(Math.max(width * 1.3, width + 40));
                }
            }
        };
        table.getItems().addListener((ListChangeListener<R>) change -> size.run());
        table.itemsProperty().addListener((obs, old, items) -> {
            items.addListener((ListChangeListener<R>) change -> size.run());
            size.run();
        });
        size.run();
    }

    /** Sets each of {@code columns} at least as wide as its header and {@code samples} (« 31/12/2030 »). */
    public static void fit(List<? extends TableColumn<?, ?>> columns, String... samples) {
        for (TableColumn<?, ?> column : columns) {
            double width = textWidth(column.getText(), true);
            for (String sample : samples) {
                width = Math.max(width, textWidth(sample, false));
            }
            column.setMinWidth(width + CELL_PADDING);
            column.setPrefWidth(Math.max(column.getPrefWidth(), width + CELL_PADDING));
        }
    }

    /** Each distinct text measured once: a column of stages or départements repeats a few labels. */
    static <R> double contentWidth(TableView<R> table, TableColumn<R, ?> column) {
        double width = textWidth(column.getText(), true);
        List<R> items = table.getItems();
        Set<String> measured = new HashSet<>();
        for (int i = 0; i < Math.min(items.size(), MEASURED_ROWS); i++) {
            Object value = column.getCellData(items.get(i));
            if (value != null && measured.add(value.toString())) {
                width = Math.max(width, textWidth(value.toString(), false));
            }
        }
        return Math.ceil(width + CELL_PADDING);
    }

    /**
     * The width of {@code text} in the theme's font (14 px; headers bold), measured with one text
     * node per thread: a list being filtered measures hundreds of texts at every keystroke.
     */
    public static double textWidth(String text, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Measure measure = MEASURE.get();
        measure.text.setFont(bold ? measure.bold : measure.regular);
        measure.text.setText(text);
        return measure.text.getLayoutBounds().getWidth();
    }

    /** A text node and the theme's two fonts, to measure texts on one thread. */
    private static final class Measure {
        private final Text text = new Text();
        private final Font regular = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, 14);
        private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);
    }

    /**
     * A text cell: its full text in a tooltip while it is cut, or — wrapping — on as many lines
     * as the column's width needs (a {@link Text} wrapped at that width makes the row taller).
     */
    private static final class FullTextCell<R> extends TableCell<R, String> {
        private final Tooltip tooltip = new Tooltip();
        private final Text wrapped;

        FullTextCell(boolean wrap) {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(600);
            tooltip.textProperty().bind(textProperty());
            textTruncatedProperty().addListener((obs, was, cut) -> setTooltip(cut ? tooltip : null));
            wrapped = wrap ? new Text() : null;
            if (wrap) {
                wrapped.getStyleClass().add("wrapped-cell-text");
                tableColumnProperty().addListener((obs, old, column) -> {
                    wrapped.wrappingWidthProperty().unbind();
                    if (column != null) {
                        wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
                    }
                });
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (wrapped == null) {
                setText(empty ? null : item);
            } else {
                wrapped.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : wrapped);
                setText(null);
            }
        }
    }
}
