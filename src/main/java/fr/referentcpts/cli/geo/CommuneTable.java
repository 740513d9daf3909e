package fr.referentcpts.cli.geo;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.geo.Commune;
import fr.referentcpts.core.geo.CommuneReferential;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.geo.Epci;
import fr.referentcpts.core.geo.PopulationVintage;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The French text tables of {@code communes search} and {@code communes epci}. A population
 * of another vintage than the referential's (Mayotte) shows its year in parentheses.
 */
final class CommuneTable {
    private final PrintWriter out;
    private final Messages messages;
    private final CommuneReferential referential;
    private final Set<String> otherVintages = new TreeSet<>();

    CommuneTable(PrintWriter out, Messages messages, CommuneReferential referential) {
        this.out = out;
        this.messages = messages;
        this.referential = referential;
    }

    void communes(String text, List<Commune> found, DepartementCatalog departements, int limit) {
        if (found.isEmpty()) {
            out.println(messages.get("communes.none", text));
            return;
        }
        List<String> names = found.stream().map(Commune::name).toList();
        List<String> departementLabels = found.stream()
                .map(c -> c.departement() + " " + departements.nameOf(c.departement())).toList();
        List<String> populations = found.stream().map(c -> population(c.population(), referential.vintageOf(c))).toList();
        String format = "%-6s  %-" + width("communes.header.name", names)
                + "s  %-" + width("communes.header.departement", departementLabels)
                + "s  %" + width("communes.header.population", populations) + "s  %s%n";
        out.printf(format, messages.get("communes.header.code"), messages.get("communes.header.name"),
                messages.get("communes.header.departement"), messages.get("communes.header.population"),
                messages.get("communes.header.postalCodes"));
        for (int i = 0; i < found.size(); i++) {
            Commune c = found.get(i);
            out.printf(format, c.code(), names.get(i), departementLabels.get(i), populations.get(i),
                    String.join(", ", c.postalCodes()));
        }
        footer(found.size(), limit);
    }

    void epcis(String text, List<Epci> found, int limit) {
        if (found.isEmpty()) {
            out.println(messages.get("communes.epci.none", text));
            return;
        }
        List<String> names = found.stream().map(Epci::name).toList();
        List<String> populations = found.stream().map(e -> population(e.population(), referential.vintageOf(e))).toList();
        String format = "%-9s  %-" + width("communes.epci.header.name", names) + "s  %-5s  %"
                + messages.get("communes.epci.header.communes").length() + "s  %"
                + width("communes.header.population", populations) + "s%n";
        out.printf(format, messages.get("communes.epci.header.code"), messages.get("communes.epci.header.name"),
                messages.get("communes.epci.header.type"), messages.get("communes.epci.header.communes"),
                messages.get("communes.header.population"));
        for (int i = 0; i < found.size(); i++) {
            Epci e = found.get(i);
            out.printf(format, e.code(), names.get(i), e.type(), e.memberCount(), populations.get(i));
        }
        footer(found.size(), limit);
    }

    /** « 149 077 », or « 71 437 (2017) » for a figure of another vintage. */
    private String population(long population, PopulationVintage vintage) {
        String figure = FrenchFormat.integer(population);
        if (vintage.equals(referential.vintage())) {
            return figure;
        }
        otherVintages.add(vintage.label());
        return figure + " (" + vintage.year() + ")";
    }

    private void footer(int shown, int limit) {
        if (shown == limit) {
            out.println(messages.get("communes.truncated", shown));
        }
        out.println(messages.get("communes.source", referential.vintage().label(), referential.source().label()));
        if (!otherVintages.isEmpty()) {
            out.println(messages.get("communes.otherVintage", String.join(", ", otherVintages)));
        }
    }

    private int width(String headerKey, List<String> values) {
        return Math.max(messages.get(headerKey).length(), values.stream().mapToInt(String::length).max().orElse(0));
    }
}
