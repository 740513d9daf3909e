package fr.referentcpts.io.geo;

import fr.referentcpts.core.geo.Commune;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.CommuneReferentialBuilder;
import fr.referentcpts.core.geo.PopulationVintage;
import fr.referentcpts.core.geo.ReferentialSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Loads the commune referential shipped in {@code resources/geo/} ({@code communes.tsv},
 * {@code epci.tsv}, {@code SOURCE.properties}, produced by
 * {@code src/tools/geo/build-referential.mjs}). The lines are cut in the bytes (no regex, no
 * String per line) and repeated codes — départements, postal codes, EPCI — are shared, so
 * loading stays fast and the referential small in memory.
 */
public final class CommuneFiles {
    static final String SOURCE = "geo/SOURCE.properties";
    static final String COMMUNES = "geo/communes.tsv";
    static final String EPCI = "geo/epci.tsv";
    private static final String VINTAGE_PREFIX = "population.vintage.";

    private CommuneFiles() {
    }

    /**
     * The referential of the files on the class path.
     *
     * @throws IllegalStateException if a file is missing or damaged (the application's own data)
     */
    public static CommuneReferential load() {
        Properties properties = properties(SOURCE);
        CommuneReferentialBuilder builder = CommuneReferential.builder(source(properties));
        Map<String, String> shared = new HashMap<>(16_384);
        TsvLines epcis = new TsvLines(EPCI, bytes(EPCI), 3);
        while (epcis.advance()) {
            builder.addEpci(share(shared, epcis.ascii(0)), epcis.text(1), epcis.ascii(2));
        }
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
        TsvLines lines = new TsvLines(COMMUNES, bytes, 6);
        int count = 0;
        while (lines.advance()) {
            builder.addCommune(commune(lines, shared));
            count++;
        }
        return count;
    }

    private static Commune commune(TsvLines line, Map<String, String> shared) {
        return new Commune(line.ascii(0), line.text(1), share(shared, line.ascii(2)),
                List.of(line.asciiList(3, value -> share(shared, value))), line.number(4),
                line.isEmpty(5) ? null : share(shared, line.ascii(5)));
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
