package fr.referentcpts.pdf.annex;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows over pages: each row is measured first and moved whole to the next page
 * when it does not fit, where the header row is repeated. Cells wrap within their column. A row
 * taller than a whole page (never with the annexes' data) is cut at the page's end.
 */
final class TableFlow {
    /** A column: its header, width in points and alignment. */
    record Column(String header, float width, boolean alignRight) {
        static Column left(String header, float width) {
            return new Column(header, width, false);
        }

        static Column right(String header, float width) {
            return new Column(header, width, true);
        }
    }

    private static final float PAD_X = 3;
    private static final float PAD_Y = 2.5f;

    private final Sheet sheet;
    private final List<Column> columns;
    private final boolean showHeader;
    private int headerPage = -1;

    TableFlow(Sheet sheet, List<Column> columns, boolean showHeader) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.showHeader = showHeader;
    }

    /** Starts the table here, with its header and the room for a first row. */
    TableFlow start() {
        PageFlow flow = sheet.flow();
        flow.ensure(headerHeight() + sheet.type().table().leading() * 2 + PAD_Y * 2);
        header();
        return this;
    }

    void row(List<String> cells) {
        row(cells, sheet.type().table(), null);
    }

    void totalRow(List<String> cells) {
        row(cells, sheet.type().tableBold(), Style.TOTAL_FILL);
    }

    /** A two-column row: a bold label, then its value. */
    void labelled(String label, String value) {
        row(List.of(label, value), List.of(sheet.type().tableBold(), sheet.type().table()), null);
    }

    void row(List<String> cells, Style style, java.awt.Color fill) {
        row(cells, java.util.Collections.nCopies(columns.size(), style), fill);
    }

    private void row(List<String> cells, List<Style> styles, java.awt.Color fill) {
        PageFlow flow = sheet.flow();
        List<List<String>> lines = new ArrayList<>();
        float rowHeight = 0;
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            List<String> wrapped = flow.wrap(cell, styles.get(i), columns.get(i).width() - 2 * PAD_X);
            lines.add(wrapped);
            rowHeight = Math.max(rowHeight, wrapped.size() * styles.get(i).leading() + 2 * PAD_Y);
        }
        if (rowHeight > flow.room()) {
            flow.newPage();
            header();
        }
        float top = flow.y();
        if (fill != null) {
            flow.fill(PageFlow.LEFT, top, width(), Math.min(rowHeight, flow.room()), fill);
        }
        float x = PageFlow.LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Style style = styles.get(i);
            float baseline = top - PAD_Y - style.size();
            for (String line : lines.get(i)) {
                if (baseline < PageFlow.BOTTOM) {
                    break;
                }
                float lineX = column.alignRight() ? x + column.width() - PAD_X - style.width(line) : x + PAD_X;
                flow.text(line, style, lineX, baseline);
                baseline -= style.leading();
            }
            x += column.width();
        }
        flow.down(Math.min(rowHeight, flow.room()));
        flow.rule(PageFlow.LEFT, flow.y(), PageFlow.LEFT + width(), flow.y(), Style.RULE, 0.4f);
    }

    /** Leaves a little space under the table. */
    void end() {
        sheet.flow().down(6);
    }

    private void header() {
        PageFlow flow = sheet.flow();
        int page = flow.pages().size();
        if (!showHeader || headerPage == page) {
            return;
        }
        headerPage = page;
        Style style = sheet.type().tableHead();
        float height = headerHeight();
        float top = flow.y();
        flow.fill(PageFlow.LEFT, top, width(), height, Style.HEADER_FILL);
        float x = PageFlow.LEFT;
        for (Column column : columns) {
            float baseline = top - PAD_Y - style.size();
            for (String line : flow.wrap(column.header(), style, column.width() - 2 * PAD_X)) {
                float lineX = column.alignRight() ? x + column.width() - PAD_X - style.width(line) : x + PAD_X;
                flow.text(line, style, lineX, baseline);
                baseline -= style.leading();
            }
            x += column.width();
        }
        flow.down(height);
    }

    private float headerHeight() {
        if (!showHeader) {
            return 0;
        }
        Style style = sheet.type().tableHead();
        int lines = 1;
        for (Column column : columns) {
            lines = Math.max(lines, sheet.flow().wrap(column.header(), style, column.width() - 2 * PAD_X).size());
        }
        return lines * style.leading() + 2 * PAD_Y;
    }

    private float width() {
        float width = 0;
        for (Column column : columns) {
            width += column.width();
        }
        return width;
    }
}
