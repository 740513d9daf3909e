package fr.referentcpts.io.geo;

import fr.referentcpts.core.geo.Departement;
import fr.referentcpts.core.geo.DepartementCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the referential files of {@code resources/geo/}, produced from the package
 * {@code @etalab/decoupage-administratif} by {@code src/tools/geo/build-referential.mjs}.
 */
public final class GeoFiles {
    private GeoFiles() {
    }

    public static DepartementCatalog loadDepartements() {
        List<Departement> departements = new ArrayList<>();
        readTsv("geo/departements.tsv", cols -> departements.add(new Departement(cols[0], cols[1], cols[2])));
        return new DepartementCatalog(departements);
    }

    /** Calls {@code row} with the columns of each data line of a classpath TSV file. */
    static void readTsv(String resource, Consumer<String[]> row) {
        try (InputStream in = GeoFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
