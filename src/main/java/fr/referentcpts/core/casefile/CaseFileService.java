package fr.referentcpts.core.casefile;

import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.geo.DepartementCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Use cases of the portfolio: create, edit, archive and delete case files. */
public final class CaseFileService {
    public static final int MAX_NAME = 200;
    public static final String FIELD_NAME = "name";
    public static final String FIELD_DEPARTEMENT = "departement";
    public static final String FIELD_REFERENT = "referent";
    public static final String FIELD_NOTES = "notes";
    /** The notes' column holds 10 000 characters: longer notes are refused before writing, naming the field. */
    public static final int MAX_NOTES = 10_000;

    private final CaseFileRepository repository;
    private final DepartementCatalog departements;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public CaseFileService(CaseFileRepository repository, DepartementCatalog departements,
            Transactions transactions, Clock clock, Supplier<UUID> ids) {
        this.repository = repository;
        this.departements = departements;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** All case files, archived ones included, the most recently changed first. */
    public List<CaseFile> list() {
        return transactions.inTransaction(() -> repository.findAll().stream()
                .sorted(CaseFile.MOST_RECENT_FIRST)
                .toList());
    }

    /**
     * The case files whose identifier starts with {@code prefix} (case ignored), the most
     * recently changed first: what a command that names a case by the start of its id needs,
     * without reading every case file.
     */
    public List<CaseFile> withIdPrefix(String prefix) {
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        return transactions.inTransaction(() -> repository.findByIdPrefix(lower).stream()
                .sorted(CaseFile.MOST_RECENT_FIRST)
                .toList());
    }

    public CaseFile get(UUID id) {
        return transactions.inTransaction(() -> load(id));
    }

    /**
     * The case file named by a full id or by the first characters of its id (at least 4, as
     * printed by {@code cases list}); an unknown or ambiguous prefix is refused.
     */
    public CaseFile resolve(String idOrPrefix) {
        String text = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() < 4) {
            throw new ValidationException("id", "casefile.error.idTooShort", text);
        }
        List<CaseFile> matches = withIdPrefix(text);
        if (matches.isEmpty()) {
            throw new NotFoundException(text);
        }
        if (matches.size() > 1) {
            throw new ValidationException("id", "casefile.error.idAmbiguous", text, matches.size());
        }
        return matches.getFirst();
    }

    /** Problems of an identity, one per field at most, empty when it can be saved. */
    public List<FieldProblem> check(CaseIdentity identity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (identity.name().isEmpty()) {
            problems.add(new FieldProblem(FIELD_NAME, "casefile.error.nameRequired"));
        } else if (identity.name().length() > MAX_NAME) {
            problems.add(new FieldProblem(FIELD_NAME, "casefile.error.nameTooLong", MAX_NAME));
        }
        if (identity.departement().isEmpty()) {
            problems.add(new FieldProblem(FIELD_DEPARTEMENT, "casefile.error.departementRequired"));
        } else if (departements.find(identity.departement()).isEmpty()) {
            problems.add(new FieldProblem(FIELD_DEPARTEMENT, "casefile.error.departementUnknown",
                    identity.departement()));
        }
        if (identity.referent().length() > MAX_NAME) {
            problems.add(new FieldProblem(FIELD_REFERENT, "casefile.error.referentTooLong", MAX_NAME));
        }
        if (identity.notes().length() > MAX_NOTES) {
            problems.add(new FieldProblem(FIELD_NOTES, "casefile.error.notesTooLong", MAX_NOTES,
                    identity.notes().length()));
        }
        return problems;
    }

    public CaseFile create(CaseIdentity identity) {
        return create(identity, WorkflowStage.PRE_PROJECT);
    }

    /** Creates a case file at a given stage (the demonstration portfolio, imports). */
    public CaseFile create(CaseIdentity identity, WorkflowStage stage) {
        CaseIdentity valid = validated(identity);
        Instant now = now();
        CaseFile created = new CaseFile(ids.get(), valid.name(), valid.departement(), valid.referent(),
                valid.notes(), stage, false, now, now, 0);
        transactions.inTransaction(() -> repository.insert(created));
        return created;
    }

    public CaseFile updateIdentity(UUID id, int expectedVersion, CaseIdentity identity) {
        CaseIdentity valid = validated(identity);
        return transactions.inTransaction(() -> {
            CaseFile current = loadAt(id, expectedVersion);
            if (current.identity().equals(valid)) {
                return current;
            }
            return repository.update(current.withIdentity(valid).touched(now()));
        });
    }

    public CaseFile setArchived(UUID id, int expectedVersion, boolean archived) {
        return transactions.inTransaction(() ->
                repository.update(loadAt(id, expectedVersion).withArchived(archived).touched(now())));
    }

    /**
     * Records that something of the case changed now, outside its own row (an annex stored): its
     * « dernière modification » moves, and the next synchronisation sends it.
     */
    public void touch(UUID id) {
        transactions.inTransaction(() -> repository.touch(id, now()));
    }

    public void delete(UUID id) {
        transactions.inTransaction(() -> {
            load(id);
            repository.delete(id);
        });
    }

    /** The identity as it would be stored: the département as its code when it is known. */
    /** « 14 – Calvados » for « 14 »; the text itself when it names no département. */
    public String departementLabel(String codeOrName) {
        return departements.find(codeOrName).map(d -> d.label()).orElse(codeOrName);
    }

    public CaseIdentity normalize(CaseIdentity identity) {
        return departements.find(identity.departement())
                .map(d -> new CaseIdentity(identity.name(), d.code(), identity.referent(), identity.notes()))
                .orElse(identity);
    }

    private CaseIdentity validated(CaseIdentity identity) {
        List<FieldProblem> problems = check(identity);
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new ValidationException(first.field(), first.messageKey(), first.arguments());
        }
        return normalize(identity);
    }

    private CaseFile load(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    /** The row as the caller last saw it: a different version means someone else saved it. */
    private CaseFile loadAt(UUID id, int expectedVersion) {
        CaseFile current = load(id);
        if (current.version() != expectedVersion) {
            throw new StaleEditException(current.name());
        }
        return current;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
