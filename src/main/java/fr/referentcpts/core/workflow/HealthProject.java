package fr.referentcpts.core.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The health project: the association carrying the CPTS (name, RNA number, statutes, constitutive
 * general assembly, seat, president and coordinator among the case's people), the territorial
 * diagnosis checklist, and the dates it was received and validated. {@code version} 0: never saved.
 */
public record HealthProject(String associationName, String rna, LocalDate statutesDate,
        LocalDate constitutiveAssembly, String seat, UUID presidentId, UUID coordinatorId,
        Set<DiagnosisItem> diagnosis, LocalDate received, LocalDate arsValidation, LocalDate amValidation,
        int version) {

    /** The number of the Répertoire national des associations: « W » and 9 digits. */
    public static final Pattern RNA = Pattern.compile("W\\d{9}");

    public static final HealthProject EMPTY = new HealthProject("", "", null, null, "", null, null, Set.of(), null,
            null, null, 0);

    public HealthProject {
        associationName = associationName == null ? "" : associationName.strip();
        rna = rna == null ? "" : rna.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        seat = seat == null ? "" : seat.strip();
        diagnosis = diagnosis == null || diagnosis.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(diagnosis));
    }

    public boolean validRna() {
        return RNA.matcher(rna).matches();
    }
}
