package fr.referentcpts.io.geo;

import fr.referentcpts.core.geo.Departement;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    /**
     * The communes of the referential grouped by EPCI (code → communes in file order), as a
     * territory would hold them, with the population source and vintage the referential records.
     * Communes outside any EPCI are left out.
     */
    public static Map<String, List<TerritoryCommune>> communesByEpci() {
        Properties source = new Properties();
        try (InputStream in = GeoFiles.class.getClassLoader().getResourceAsStream("geo/SOURCE.properties")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource geo/SOURCE.properties");
            }
            source.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String populationSource = source.getProperty("population.source", "");
        String vintage = source.getProperty("population.vintage", "");
        Map<String, List<TerritoryCommune>> byEpci = new LinkedHashMap<>();
        readTsv("geo/communes.tsv", cols -> {
            if (!cols[5].isEmpty()) {
                byEpci.computeIfAbsent(cols[5], k -> new ArrayList<>()).add(new TerritoryCommune(cols[0], cols[1],
                        cols[2], Long.parseLong(cols[4]), populationSource, vintage, ""));
            }
        });
        return byEpci;
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
