package fr.referentcpts.core.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A member or partner of a CPTS project: a health professional, a structure, an institution. */
public record Person(
        UUID id,
        UUID caseId,
        PersonKind kind,
        Profession profession,
        String name,
        String organisation,
        String commune,
        Set<Role> roles,
        String email,
        String phone,
        String rpps,
        String finess,
        LocalDate joinedOn,
        String notes) {

    public Person {
        name = clean(name);
        organisation = clean(organisation);
        commune = clean(commune);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        email = clean(email);
        phone = clean(phone);
        rpps = clean(rpps).replace(" ", "");
        finess = clean(finess).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        notes = notes == null ? "" : notes;
    }

    public boolean isProfessional() {
        return profession != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
