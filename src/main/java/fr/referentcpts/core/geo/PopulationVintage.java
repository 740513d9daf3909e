package fr.referentcpts.core.geo;

import java.util.Objects;

/**
 * Where a population figure comes from and its millésime: « INSEE population municipale
 * 2023 ». Stored with every figure of a territory, since the figure used at signature is what
 * pays. An empty year means the source did not say.
 */
public record PopulationVintage(String source, String year) {
    public PopulationVintage {
        Objects.requireNonNull(source, "source");
        year = year == null ? "" : year.strip();
    }

    /** « INSEE population municipale 2023 ». */
    public String label() {
        return year.isEmpty() ? source : source + " " + year;
    }

    @Override
    public String toString() {
        return label();
    }
}
