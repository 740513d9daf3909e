package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.Source;
import java.time.LocalDate;
import java.util.List;

/** The rules version the contract applies (« ACI du 20 juin 2019 », « avenant 2 »…) and its legal references. */
public record RulesReference(String id, String label, LocalDate inForce, List<Source> legalReferences) {
    public RulesReference {
        legalReferences = List.copyOf(legalReferences);
    }
}
