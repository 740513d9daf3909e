package fr.referentcpts.io.geo;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Walks the lines of a UTF-8, tab-separated file held in memory, skipping blank lines and
 * {@code #} comments, without regex nor a String per line: a column becomes a String only
 * when asked. Reads Windows line ends too.
 */
final class TsvLines {
    private final String resource;
    private final byte[] bytes;
    private final int[] starts;
    private final int[] ends;
    private int next;

    TsvLines(String resource, byte[] bytes, int columns) {
        this.resource = resource;
        this.bytes = bytes;
        this.starts = new int[columns];
        this.ends = new int[columns];
    }

    /**
     * Moves to the next data line; false at the end of the file. One pass over its bytes finds
     * both its end and its tabs.
     *
     * @throws IllegalStateException if the line has not the expected number of columns
     */
    boolean advance() {
        while (next < bytes.length) {
            int start = next;
            int column = 0;
            boolean tooMany = false;
            starts[0] = start;
            int end = start;
            for (byte b; end < bytes.length && (b = bytes[end]) != '\n'; end++) {
                if (b == '\t') {
                    if (column + 1 == starts.length) {
                        tooMany = true;
                    } else {
                        ends[column++] = end;
                        starts[column] = end + 1;
                    }
                }
            }
            next = end + 1;
            if (end > start && bytes[end - 1] == '\r') {
                end--; // a checkout with Windows line ends
            }
            if (end == start || bytes[start] == '#') {
                continue;
            }
            if (tooMany || column + 1 != starts.length) {
                throw bad(start, end);
            }
            ends[column] = end;
            return true;
        }
        return false;
    }

    private IllegalStateException bad(int start, int end) {
        return new IllegalStateException(resource + ": bad line « "
                + new String(bytes, start, end - start, StandardCharsets.UTF_8) + " »");
    }

    boolean isEmpty(int column) {
        return starts[column] == ends[column];
    }

    /** A column of ASCII characters (codes). */
    String ascii(int column) {
        return new String(bytes, starts[column], ends[column] - starts[column], StandardCharsets.ISO_8859_1);
    }

    String text(int column) {
        return new String(bytes, starts[column], ends[column] - starts[column], StandardCharsets.UTF_8);
    }

    /** A column of digits, as a number; an empty column is 0. */
    long number(int column) {
        long value = 0;
        for (int i = starts[column]; i < ends[column]; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalStateException(resource + ": not a number « " + text(column) + " »");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The comma-separated ASCII values of a column, each passed through {@code share}. */
    String[] asciiList(int column, UnaryOperator<String> share) {
        int start = starts[column];
        int end = ends[column];
        int count = start == end ? 0 : 1;
        for (int i = start; i < end; i++) {
            if (bytes[i] == ',') {
                count++;
            }
        }
        String[] values = new String[count];
        int from = start;
        for (int n = 0; n < count; n++) {
            int comma = from;
            while (comma < end && bytes[comma] != ',') {
                comma++;
            }
            values[n] = share.apply(new String(bytes, from, comma - from, StandardCharsets.ISO_8859_1));
            from = comma + 1;
        }
        return values;
    }
}
