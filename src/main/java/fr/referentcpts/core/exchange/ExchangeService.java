package fr.referentcpts.core.exchange;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.documents.DocumentRepository;
import fr.referentcpts.core.missions.MissionRepository;
import fr.referentcpts.core.people.PersonRepository;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.territory.TerritoryService;
import fr.referentcpts.core.territory.TerritoryRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Case files out of and into the database as whole bundles: export reads everything of a case;
 * import first plans (new case, or the field-by-field changes to an existing one, matched by
 * its stable id), then applies the plan in one transaction — all or nothing.
 */
public final class ExchangeService {
    /** Cases inserted together at most: their rows are held in memory until written. */
    private static final int CASES_A_WRITE = 50;
    /** Cases read together at most: a query per table for all of them. */
    private static final int CASES_A_READ = 50;
    private final CaseFileRepository caseFiles;
    private final BundleReader reader;
    private final Transactions transactions;
    private final CaseFileService caseFileRules;
    private final PersonService personRules;
    private final RecordOwners owners;
    private final CaseInserts inserts;
    private final Supplier<UUID> newIds;

    public ExchangeService(CaseFileRepository caseFiles, TerritoryRepository territories, PersonRepository people,
            MissionRepository missions, DocumentRepository documents, WorkflowStores workflow,
            Transactions transactions, CaseFileService caseFileRules, PersonService personRules,
            RecordOwners owners, CaseInserts inserts, Supplier<UUID> newIds) {
        this.caseFiles = caseFiles;
        this.reader = new BundleReader(caseFiles, territories, people, missions, documents, workflow);
        this.transactions = transactions;
        this.caseFileRules = caseFileRules;
        this.personRules = personRules;
        this.owners = owners;
        this.inserts = inserts;
        this.newIds = newIds;
    }

    public CaseBundle bundle(UUID caseId) {
        return transactions.inTransaction(() -> reader.read(caseId)
                .orElseThrow(() -> new NotFoundException(caseId.toString())));
    }

    /**
     * Deletes a case and returns everything it held, documents' and annexes' bytes included, in
     * memory: {@link #restore} brings it back as it was (the « Annuler » offered after a deletion).
     */
    public CaseBundle deleteKeepingCopy(UUID caseId) {
        return transactions.inTransaction(() -> {
            CaseBundle read = bundle(caseId);
            CaseBundle copy = new CaseBundle(read.caseFile(), read.territory(), read.people(), read.missions(),
                    read.documents().stream().map(f -> new AttachedFile(f.document(), Content.of(f.content())))
                            .toList(),
                    read.workflow(), read.annexes().stream().map(a -> new AnnexFile(a.id(), a.generatedAt(),
                            a.rulesVersion(), a.sha256(), a.documentId(), a.pageCount(), a.size(), a.finalVersion(),
                            Content.of(a.source().bytes()))).toList());
            delete(caseId);
            return copy;
        });
    }

    /**
     * Deletes a case and, by cascade, everything attached to it; returns it as it was. The one way
     * a case is deleted: by the referent ({@link #deleteKeepingCopy}) or by a synchronisation.
     */
    public CaseFile delete(UUID caseId) {
        return transactions.inTransaction(() -> {
            CaseFile deleted = caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString()));
            caseFiles.delete(caseId);
            return deleted;
        });
    }

    /** Brings back a case deleted by {@link #deleteKeepingCopy}, all or nothing. */
    public void restore(CaseBundle copy) {
        apply(plan(List.of(copy)), true);
    }

    /**
     * The cases {@code caseIds}, in that order, read in one transaction: each table once for every
     * 50 cases (the same bundles as {@link #bundle} one by one).
     *
     * @throws NotFoundException if the database does not hold one of them
     */
    public List<CaseBundle> bundles(List<UUID> caseIds) {
        return transactions.inTransaction(() -> {
            Map<UUID, CaseBundle> held = held(caseIds);
            return caseIds.stream().map(id -> Optional.ofNullable(held.get(id))
                    .orElseThrow(() -> new NotFoundException(id.toString()))).toList();
        });
    }

    /** The same, for those of the cases {@code caseIds} the database still holds (the others left out). */
    public List<CaseBundle> bundlesHeld(List<UUID> caseIds) {
        return transactions.inTransaction(() -> {
            Map<UUID, CaseBundle> held = held(caseIds);
            return caseIds.stream().filter(held::containsKey).map(held::get).toList();
        });
    }

    /** Those of the cases {@code caseIds} the database holds, by id, read {@value #CASES_A_READ} at a time. */
    private Map<UUID, CaseBundle> held(List<UUID> caseIds) {
        Map<UUID, CaseBundle> held = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += CASES_A_READ) {
            held.putAll(reader.read(caseIds.subList(from, Math.min(caseIds.size(), from + CASES_A_READ))));
        }
        return held;
    }

    /**
     * What importing {@code imported} would do; nothing is written. Imported data obeys the same
     * rules as typed data: a case that breaks one is refused with the rule's message. Each
     * bundle of the plan is the one {@link #apply} writes: its records belong to its case only
     * ({@link ImportedIds}).
     */
    public List<CaseImport> plan(List<CaseBundle> imported) {
        imported.forEach(ImportChecks::unique);
        ImportChecks.distinctCases(imported);
        imported.forEach(this::validate);
        return transactions.inTransaction(() -> {
            ImportedIds ids = new ImportedIds(owners, newIds).lookUp(imported);
            List<CaseImport> planned = new java.util.ArrayList<>();
            for (int from = 0; from < imported.size(); from += CASES_A_READ) {
                List<CaseBundle> some = imported.subList(from, Math.min(imported.size(), from + CASES_A_READ));
                Map<UUID, CaseBundle> held = reader.read(some.stream().map(b -> b.caseFile().id()).toList());
                some.stream().map(ids::rehome).map(bundle -> Optional.ofNullable(held.get(bundle.caseFile().id()))
                        .map(current -> new CaseImport(bundle, true, Differences.between(current, bundle),
                                current.caseFile().updatedAt()))
                        .orElseGet(() -> new CaseImport(bundle, false, List.of(), null))).forEach(planned::add);
            }
            return planned;
        });
    }

    /**
     * Applies a plan: every case is created or replaced by its imported state, or nothing is.
     * Refused if a case of the database would be replaced by an older version of it (unless
     * {@code replaceNewer}: the referent saw what would be lost and confirmed), or if, since
     * the plan, a row of another case took one of its ids.
     */
    public void apply(List<CaseImport> plan, boolean replaceNewer) {
        List<String> older = plan.stream().filter(CaseImport::replacesNewer).map(i -> i.bundle().caseFile().name())
                .toList();
        if (!replaceNewer && !older.isEmpty()) {
            throw new DomainException("exchange.error.replacesNewer", String.join(", ", older));
        }
        transactions.inTransaction(() -> {
            ImportedIds.foreign(plan.stream().map(CaseImport::bundle).toList(), owners).ifPresent(b -> {
                throw new DomainException("exchange.error.changedSincePlan", b.caseFile().name());
            });
            List<CaseBundle> changing = plan.stream().filter(CaseImport::changesSomething).map(CaseImport::bundle)
                    .toList();
            Map<UUID, CaseFile> existing = new HashMap<>();
            for (int from = 0; from < changing.size(); from += CASES_A_READ) {
                caseFiles.findAll(changing.subList(from, Math.min(changing.size(), from + CASES_A_READ)).stream()
                        .map(b -> b.caseFile().id()).toList()).forEach(c -> existing.put(c.id(), c));
            }
            List<CaseBundle> written = changing.stream()
                    .map(b -> emptied(b, Optional.ofNullable(existing.get(b.caseFile().id())))).toList();
            for (int from = 0; from < written.size(); from += CASES_A_WRITE) {
                inserts.insert(written.subList(from, Math.min(written.size(), from + CASES_A_WRITE)));
            }
        });
    }

    private void validate(CaseBundle bundle) {
        CaseFile c = bundle.caseFile();
        try {
            List<FieldProblem> problems = new java.util.ArrayList<>(caseFileRules.check(c.identity()));
            bundle.people().forEach(p -> problems.addAll(personRules.check(p)));
            if (!problems.isEmpty()) {
                FieldProblem first = problems.getFirst();
                throw new ValidationException(first.field(), first.messageKey(), first.arguments());
            }
            bundle.territory().forEach(TerritoryService::validate);
        } catch (ValidationException e) {
            throw new DomainException("exchange.error.invalidCase", c.name(), e);
        }
    }

    /**
     * Replaces the case by its imported state: the existing row ({@code existing}, and by cascade everything
     * attached to it) is deleted — in the caller's transaction — and the bundle returned, to be
     * inserted whole ({@link CaseInserts}), its case file created when the existing one was.
     */
    private CaseBundle emptied(CaseBundle bundle, Optional<CaseFile> existing) {
        CaseFile imported = bundle.caseFile();
        UUID id = imported.id();
        existing.ifPresent(c -> caseFiles.delete(id));
        return new CaseBundle(new CaseFile(id, imported.name(), imported.departement(), imported.referent(),
                imported.notes(), imported.stage(), imported.archived(),
                existing.map(CaseFile::createdAt).orElse(imported.createdAt()), imported.updatedAt(), 0),
                bundle.territory(), bundle.people(), bundle.missions(), bundle.documents(), bundle.workflow(),
                bundle.annexes());
    }
}
