package fr.referentcpts.io.catalog;

import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTemplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The starter catalogue of typical indicators ({@code resources/catalog/indicators.tsv}): mission,
 * kind, direction, unit, label, then the usual data source and livrables (two columns a file of
 * the first format may leave out).
 */
public final class IndicatorCatalogFile {
    static final String RESOURCE = "catalog/indicators.tsv";

    private IndicatorCatalogFile() {
    }

    public static List<IndicatorTemplate> load() {
        try (InputStream in = IndicatorCatalogFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IndicatorTemplate> parse(BufferedReader reader) throws IOException {
        List<IndicatorTemplate> templates = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5 && cols.length != 7) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": 7 colonnes attendues");
            }
            templates.add(new IndicatorTemplate(Mission.valueOf(cols[0]), cols[4], IndicatorKind.valueOf(cols[1]),
                    cols[3], Direction.valueOf(cols[2]), cols.length == 7 ? cols[5] : "",
                    cols.length == 7 ? cols[6] : ""));
        }
        return List.copyOf(templates);
    }
}
