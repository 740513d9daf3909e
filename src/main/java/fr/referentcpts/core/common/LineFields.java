package fr.referentcpts.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Text fields on one line, separated by {@code |}: a {@code |}, a line break or a backslash inside
 * a field is escaped ({@code \p}, {@code \n}, {@code \r}, {@code \\}), so any text goes on one line
 * and comes back as it was. The form of the kept home figures and of the kept case list.
 */
public final class LineFields {
    private LineFields() {
    }

    /** Appends {@code fields} to {@code text} as one line (without a line break). */
    public static void append(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append('|');
            }
            String field = fields.get(i);
            for (int c = 0; c < field.length(); c++) {
                char ch = field.charAt(c);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '|' -> text.append("\\p");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
    }

    /** The fields of a line {@link #append} wrote. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(8);
        StringBuilder field = new StringBuilder();
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (ch == '|') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\\' && c + 1 < line.length()) {
                char next = line.charAt(++c);
                field.append(switch (next) {
                    case 'p' -> '|';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
