package fr.referentcpts.core.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the communes and EPCI read by a loader; {@link #build()} groups the members of each
 * EPCI from the communes' EPCI codes and sums their populations.
 */
public final class CommuneReferentialBuilder {
    private final ReferentialSource source;
    private final List<Commune> communes = new ArrayList<>(36_000);
    private final Map<String, String[]> epcis = new LinkedHashMap<>();

    CommuneReferentialBuilder(ReferentialSource source) {
        this.source = source;
    }

    public CommuneReferentialBuilder addCommune(Commune commune) {
        communes.add(commune);
        return this;
    }

    public int communeCount() {
        return communes.size();
    }

    public CommuneReferentialBuilder addEpci(String code, String name, String type) {
        epcis.put(code, new String[] {name, type});
        return this;
    }

    /**
     * The referential.
     *
     * @throws IllegalArgumentException if a commune names an EPCI that was not added, or two
     *                                  communes share an INSEE code
     */
    public CommuneReferential build() {
        Map<String, Members> members = new LinkedHashMap<>();
        epcis.keySet().forEach(code -> members.put(code, new Members()));
        for (Commune commune : communes) {
            addMember(members, commune);
        }
        List<Epci> built = new ArrayList<>(epcis.size());
        epcis.forEach((code, nameAndType) -> built.add(new Epci(code, nameAndType[0], nameAndType[1],
                members.get(code).codes, members.get(code).population)));
        return new CommuneReferential(source, communes, built);
    }

    private static void addMember(Map<String, Members> members, Commune commune) {
        if (commune.epci() == null) {
            return;
        }
        Members of = members.get(commune.epci());
        if (of == null) {
            throw new IllegalArgumentException("Commune " + commune.code() + ": unknown EPCI " + commune.epci());
        }
        of.codes.add(commune.code());
        of.population += commune.population();
    }

    private static final class Members {
        final List<String> codes = new ArrayList<>();
        long population;
    }
}
