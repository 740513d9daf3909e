package fr.referentcpts.core.geo;

import java.util.List;
import java.util.Objects;

/**
 * A current French commune of the referential: INSEE code (« 14118 », « 2A004 »), name,
 * département code, postal codes, population municipale (of the referential's vintage, see
 * {@link CommuneReferential#vintageOf(Commune)}) and the SIREN code of its EPCI ({@code null}
 * for the few island communes that belong to none).
 */
public record Commune(String code, String name, String departement, List<String> postalCodes,
        long population, String epci) {
    public Commune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departement, "departement");
        postalCodes = List.copyOf(postalCodes);
        if (population < 0) {
            throw new IllegalArgumentException("population " + population);
        }
    }

    /** « Saint-Denis (93) »: the name with the département, to tell homonyms apart. */
    public String label() {
        return name + " (" + departement + ")";
    }
}
