package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules versions the application knows: the shipped ones, then those the user imported.
 * Immutable; {@link #with(RulesVersion)} returns a new catalog. An id, once known, always
 * means the same content: importing a different file under an existing id is refused, so a
 * contract pinned to an id never changes silently.
 */
public final class RulesCatalog {
    private final List<RulesVersion> versions;

    public RulesCatalog(List<RulesVersion> versions) {
        List<RulesVersion> checked = new ArrayList<>();
        for (RulesVersion version : versions) {
            addUnlessKnown(checked, version);
        }
        this.versions = List.copyOf(checked);
    }

    /** All versions, in the order they were added (shipped first). */
    public List<RulesVersion> versions() {
        return versions;
    }

    public Optional<RulesVersion> find(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The version {@code id}; a {@link ValidationException} on {@code field} when unknown. */
    public RulesVersion get(String id, String field) {
        return find(id).orElseThrow(() -> new ValidationException(field, "funding.error.unknownRulesVersion",
                field, id, versions.stream().map(RulesVersion::id).collect(Collectors.joining(", "))));
    }

    /**
     * The version of the texts in force for a contract signed on {@code signature}: the one whose
     * entry into force is the latest on or before that date (on a tie, the one added last);
     * versions a cellule confirmed are not candidates (see {@link #latest}). A date before every
     * version is an error, never an empty envelope.
     */
    public RulesVersion versionInForceAt(LocalDate signature, String field) {
        RulesVersion best = null;
        for (RulesVersion version : versions) {
            if (version.confirmedByCellule()) {
                continue;
            }
            if (!version.inForce().isAfter(signature) && (best == null || !version.inForce().isBefore(best.inForce()))) {
                best = version;
            }
        }
        if (best == null) {
            LocalDate first = versions.stream().map(RulesVersion::inForce).min(Comparator.naturalOrder()).orElse(null);
            throw new ValidationException(field, "funding.error.noVersionInForce", field,
                    FrenchFormat.date(signature), FrenchFormat.date(first));
        }
        return best;
    }

    /** Shorthand of {@link #versionInForceAt(LocalDate, String)} for the signature date field. */
    public RulesVersion versionInForceAt(LocalDate signature) {
        return versionInForceAt(signature, "signatureDate");
    }

    /** The default of a contract signed on {@code signature}: the version in force, as the cellule last confirmed it. */
    public RulesVersion defaultAt(LocalDate signature) {
        return latest(versionInForceAt(signature));
    }

    /**
     * {@code version} as the cellule last confirmed it: its most recent confirmation (latest
     * confirmation date, then the one added last), followed to the most recent confirmation of
     * that one in turn; {@code version} itself when nobody confirmed it.
     */
    public RulesVersion latest(RulesVersion version) {
        RulesVersion current = version;
        for (int guard = 0; guard < versions.size(); guard++) {
            Optional<RulesVersion> next = confirmationsOf(current.id()).stream().reduce((a, b) ->
                    b.confirmation().confirmedOn().isBefore(a.confirmation().confirmedOn()) ? a : b);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** The version of the texts {@code version} confirms, through its confirmations; itself for a text's version. */
    public RulesVersion base(RulesVersion version) {
        RulesVersion current = version;
        for (int guard = 0; guard < versions.size() && current.confirmedByCellule(); guard++) {
            Optional<RulesVersion> completed = find(current.confirmation().completes());
            if (completed.isEmpty()) {
                return current;
            }
            current = completed.get();
        }
        return current;
    }

    /**
     * True when a contract signed on {@code signature} and pinned to {@code version} is pinned to
     * a version a later text replaced (ACI-2019 for a contract signed from 31/03/2022): allowed
     * only with a reason the history records.
     */
    public boolean supersededAt(RulesVersion version, LocalDate signature) {
        RulesVersion inForce = versionInForceAt(signature);
        return !base(version).id().equals(inForce.id()) && base(version).inForce().isBefore(inForce.inForce());
    }

    /** The versions that directly complete {@code id}, in the order they were added. */
    public List<RulesVersion> confirmationsOf(String id) {
        return versions.stream().filter(v -> v.confirmedByCellule() && v.confirmation().completes().equals(id))
                .toList();
    }

    /**
     * This catalog plus {@code version}. Adding a version already known with the same content
     * changes nothing; with another content it is refused ({@code funding.error.rulesIdConflict}):
     * the imported file must get a new id.
     */
    public RulesCatalog with(RulesVersion version) {
        if (find(version.id()).filter(version::equals).isPresent()) {
            return this;
        }
        List<RulesVersion> all = new ArrayList<>(versions);
        all.add(version);
        return new RulesCatalog(all);
    }

    /** Adds {@code version} unless the same is already there; refuses another content under a known id. */
    private static void addUnlessKnown(List<RulesVersion> versions, RulesVersion version) {
        for (RulesVersion known : versions) {
            if (known.id().equals(version.id())) {
                if (known.equals(version)) {
                    return;
                }
                throw new DomainException("funding.error.rulesIdConflict", version.id());
            }
        }
        versions.add(version);
    }
}
