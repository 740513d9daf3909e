package fr.referentcpts.io.geo;

import fr.referentcpts.core.geo.Commune;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.CommuneReferentialBuilder;
import fr.referentcpts.core.geo.PopulationVintage;
import fr.referentcpts.core.geo.ReferentialSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Loads the commune referential shipped in {@code resources/geo/} ({@code communes.tsv},
 * {@code epci.tsv}, {@code SOURCE.properties}, produced by
 * {@code src/tools/geo/build-referential.mjs}). The 35 000 lines are cut by hand (no regex,
 * no per-line split) and repeated strings — départements, postal codes, EPCI codes — are
 * shared, so loading stays well under 200 ms and the referential small in memory.
 */
public final class CommuneFiles {
    static final String SOURCE = "geo/SOURCE.properties";
    static final String COMMUNES = "geo/communes.tsv";
    static final String EPCI = "geo/epci.tsv";
    private static final String VINTAGE_PREFIX = "population.vintage.";

    private CommuneFiles() {
    }

    /** The referential of the files on the class path. */
    public static CommuneReferential load() {
        Properties properties = properties(SOURCE);
        CommuneReferentialBuilder builder = CommuneReferential.builder(source(properties));
        Map<String, String> shared = new HashMap<>(16_384);
        GeoFiles.readTsv(EPCI, cols -> builder.addEpci(share(shared, cols[0]), cols[1], cols[2]));
        int count = readCommunes(bytes(COMMUNES), shared, builder);
        int expected = Integer.parseInt(properties.getProperty("communes.count", "-1"));
        if (count != expected) {
            throw new IllegalStateException(COMMUNES + ": " + count + " communes, " + SOURCE + " says " + expected);
        }
        return builder.build();
    }

    /** The source, licence and vintage recorded by the script. */
    static ReferentialSource source(Properties p) {
        PopulationVintage vintage = new PopulationVintage(p.getProperty("population.source", ""),
                p.getProperty("population.vintage", ""));
        Map<String, PopulationVintage> byDepartement = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(VINTAGE_PREFIX) && !name.equals(VINTAGE_PREFIX + "note")) {
                byDepartement.put(name.substring(VINTAGE_PREFIX.length()),
                        new PopulationVintage(vintage.source(), p.getProperty(name)));
            }
        }
        return new ReferentialSource(p.getProperty("package", ""), p.getProperty("package.version", ""),
                p.getProperty("licence.data", ""), vintage, p.getProperty("population.vintage.note", ""),
                byDepartement);
    }

    /**
     * Reads {@code code, name, departement, postalCodes, population, epci} lines of UTF-8
     * bytes; returns how many communes were added.
     */
    static int readCommunes(byte[] bytes, Map<String, String> shared, CommuneReferentialBuilder builder) {
        int before = builder.communeCount();
        int[] tabs = new int[5];
        for (int lineStart = 0; lineStart < bytes.length; ) {
            lineStart = addLine(bytes, lineStart, tabs, shared, builder);
        }
        return builder.communeCount() - before;
    }

    /**
     * Adds the commune of the line starting at {@code start} (nothing for a blank or comment
     * line) and returns where the next line starts. One call per line keeps the loop above tiny,
     * so the JIT compiles the work early in a cold start. Only the name may hold non-ASCII
     * characters; the codes are read as ASCII.
     */
    private static int addLine(byte[] bytes, int start, int[] tabs, Map<String, String> shared,
            CommuneReferentialBuilder builder) {
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        int next = end + 1;
        if (end > start && bytes[end - 1] == '\r') {
            end--; // a checkout with Windows line ends
        }
        if (end == start || bytes[start] == '#') {
            return next;
        }
        int found = 0;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\t') {
                if (found == tabs.length) {
                    found++;
                    break;
                }
                tabs[found++] = i;
            }
        }
        if (found != tabs.length) {
            throw new IllegalStateException(COMMUNES + ": bad line « "
                    + new String(bytes, start, end - start, StandardCharsets.UTF_8) + " »");
        }
        builder.addCommune(new Commune(
                ascii(bytes, start, tabs[0]),
                new String(bytes, tabs[0] + 1, tabs[1] - tabs[0] - 1, StandardCharsets.UTF_8),
                share(shared, ascii(bytes, tabs[1] + 1, tabs[2])),
                postalCodes(bytes, tabs[2] + 1, tabs[3], shared),
                parsePopulation(bytes, tabs[3] + 1, tabs[4]),
                tabs[4] + 1 == end ? null : share(shared, ascii(bytes, tabs[4] + 1, end))));
        return next;
    }

    private static List<String> postalCodes(byte[] bytes, int start, int end, Map<String, String> shared) {
        if (start == end) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || bytes[i] == ',') {
                codes.add(share(shared, ascii(bytes, from, i)));
                from = i + 1;
            }
        }
        return codes;
    }

    private static long parsePopulation(byte[] bytes, int start, int end) {
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalStateException(COMMUNES + ": bad population « " + ascii(bytes, start, end) + " »");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static String ascii(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static String share(Map<String, String> shared, String value) {
        String existing = shared.putIfAbsent(value, value);
        return existing != null ? existing : value;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = open(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String resource) {
        InputStream in = CommuneFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        return in;
    }
}
