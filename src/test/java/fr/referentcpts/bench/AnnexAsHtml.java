package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexReport;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For {@code packaging/bench-annex.sh}: writes the content of a case's annexes (the same report
 * the PDF is laid out from) as an HTML document another program (LibreOffice) can convert to PDF,
 * so the two can be timed on the same content: every list of the report becomes a table with
 * one row per element (communes, actions, indicators, payments, signature blocks…), every other
 * value a line of text; the missions, the finances and the signatures each start a new page.
 * Not the same layout nor the same fonts: the same tables, rows and text. Prints the number of
 * tables and rows written.
 *
 * <pre>java -cp target/referent-cpts.jar:target/lib/*:target/test-classes fr.referentcpts.bench.AnnexAsHtml DATA_DIR CASE_ID OUT.html</pre>
 */
public final class AnnexAsHtml {
    private final StringBuilder html = new StringBuilder();
    private int tables;
    private int rows;

    private AnnexAsHtml() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage : AnnexAsHtml DOSSIER_DE_DONNÉES ID_DU_DOSSIER SORTIE.html");
            System.exit(2);
        }
        AnnexReport report;
        try (AppContext context = AppContext.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            report = context.annexes().report(UUID.fromString(args[1]), true, LocalDate.now());
        }
        AnnexAsHtml writer = new AnnexAsHtml();
        writer.document(report);
        Files.writeString(Path.of(args[2]), writer.html);
        System.out.printf("%d tableaux, %d lignes%n", writer.tables, writer.rows);
    }

    private void document(AnnexReport report) {
        html.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Annexes</title>\n")
                .append("<style>body{font-family:sans-serif;font-size:8pt} table{border-collapse:collapse;width:100%}")
                .append(" td,th{border:1px solid #888;padding:2pt} .page{page-break-before:always}</style>")
                .append("</head><body>\n<h1>Annexes au contrat tripartite</h1>\n");
        section("identity", report.identity(), false);
        section("rules", report.rules(), false);
        section("territory", report.territory(), false);
        boolean first = true;
        for (Object mission : report.missions()) {
            section("mission", mission, first);
            first = false;
        }
        section("finance", report.finance(), true);
        html.append("<h2 class=\"page\">signatures</h2>\n");
        table(report.signatures());
        line("generatedOn", report.generatedOn());
        line("draftReasons", report.draftReasons());
        html.append("</body></html>\n");
    }

    private void section(String title, Object value, boolean newPage) {
        html.append(newPage ? "<h2 class=\"page\">" : "<h2>").append(escape(title)).append("</h2>\n");
        fields(value);
    }

    /** A record's components: lists of records as tables, nested records as their own lines, the rest as lines. */
    private void fields(Object record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = get(component, record);
            if (value instanceof Collection<?> list && !list.isEmpty() && list.iterator().next().getClass().isRecord()) {
                html.append("<h3>").append(escape(component.getName())).append("</h3>\n");
                table(list);
            } else if (value != null && value.getClass().isRecord()) {
                html.append("<h3>").append(escape(component.getName())).append("</h3>\n");
                fields(value);
            } else {
                line(component.getName(), value);
            }
        }
    }

    private void table(Collection<?> list) {
        if (list.isEmpty()) {
            return;
        }
        tables++;
        RecordComponent[] columns = list.iterator().next().getClass().getRecordComponents();
        html.append("<table><tr>");
        for (RecordComponent column : columns) {
            html.append("<th>").append(escape(column.getName())).append("</th>");
        }
        html.append("</tr>\n");
        for (Object element : list) {
            rows++;
            html.append("<tr>");
            for (RecordComponent column : columns) {
                html.append("<td>").append(escape(text(get(column, element)))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void line(String name, Object value) {
        html.append("<p><b>").append(escape(name)).append("</b> : ").append(escape(text(value))).append("</p>\n");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        if (value instanceof List<?> list) {
            return String.join(" ; ", list.stream().map(AnnexAsHtml::text).toList());
        }
        return value.toString();
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(component.getName(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
