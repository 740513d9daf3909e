package fr.referentcpts.core.geo;

import java.util.List;
import java.util.Objects;

/**
 * An EPCI à fiscalité propre: SIREN code, name (« CC du Pays de Falaise »), type (CC, CA, CU,
 * METRO, MET69), the INSEE codes of its member communes, and its population: the sum of its
 * members' populations in the referential (same vintage as the communes).
 */
public record Epci(String code, String name, String type, List<String> memberCodes, long population) {
    public Epci {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        memberCodes = List.copyOf(memberCodes);
    }

    public int memberCount() {
        return memberCodes.size();
    }
}
