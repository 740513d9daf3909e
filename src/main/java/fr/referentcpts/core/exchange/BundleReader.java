package fr.referentcpts.core.exchange;

import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.documents.DocumentRepository;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionRepository;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonRepository;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritoryRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Whole cases read out of the database, in the caller's transaction: one case table by table
 * ({@link #read(UUID)}, ≈ 25 queries), or many cases at once, each table read once for all of them
 * ({@link #read(Collection)}) — the same bundles, their lists in the same order. Documents' and
 * annexes' bytes are fetched only when asked for.
 */
final class BundleReader {
    private final CaseFileRepository caseFiles;
    private final TerritoryRepository territories;
    private final PersonRepository people;
    private final MissionRepository missions;
    private final DocumentRepository documents;
    private final WorkflowStores workflow;

    BundleReader(CaseFileRepository caseFiles, TerritoryRepository territories, PersonRepository people,
            MissionRepository missions, DocumentRepository documents, WorkflowStores workflow) {
        this.caseFiles = caseFiles;
        this.territories = territories;
        this.people = people;
        this.missions = missions;
        this.documents = documents;
        this.workflow = workflow;
    }

    Optional<CaseBundle> read(UUID caseId) {
        return caseFiles.find(caseId).map(c -> bundle(c, territories.communes(caseId), people.people(caseId),
                new MissionContent(missions.missions(caseId), missions.actions(caseId), missions.indicators(caseId),
                        missions.overrides(caseId)),
                documents.documents(caseId), workflow.read(caseId), workflow.annexes().annexes(caseId)));
    }

    /** The cases among {@code caseIds} the database holds, by id (the others absent). */
    Map<UUID, CaseBundle> read(Collection<UUID> caseIds) {
        List<CaseFile> held = caseFiles.findAll(caseIds);
        if (held.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = held.stream().map(CaseFile::id).toList();
        Map<UUID, List<TerritoryCommune>> communes = territories.communes(ids);
        Map<UUID, List<Person>> persons = people.people(ids);
        Map<UUID, List<CaseMission>> chosen = missions.missions(ids);
        Map<UUID, List<MissionAction>> actions = missions.actions(ids);
        Map<UUID, List<Indicator>> indicators = missions.indicators(ids);
        Map<UUID, List<RateOverride>> overrides = missions.overrides(ids);
        Map<UUID, List<CaseDocument>> attached = documents.documents(ids);
        Map<UUID, WorkflowData> flows = workflow.read(ids);
        Map<UUID, List<Annex>> annexes = workflow.annexes().annexes(ids);
        Map<UUID, CaseBundle> bundles = new HashMap<>();
        for (CaseFile c : held) {
            UUID id = c.id();
            bundles.put(id, bundle(c, communes.getOrDefault(id, List.of()), persons.getOrDefault(id, List.of()),
                    new MissionContent(chosen.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of()),
                            indicators.getOrDefault(id, List.of()), overrides.getOrDefault(id, List.of())),
                    attached.getOrDefault(id, List.of()), flows.get(id), annexes.getOrDefault(id, List.of())));
        }
        return bundles;
    }

    /** The bundle of the parts read: documents in the order they were added, bytes fetched when asked for. */
    private CaseBundle bundle(CaseFile c, List<TerritoryCommune> communes, List<Person> persons,
            MissionContent content, List<CaseDocument> attached, WorkflowData flow, List<Annex> annexes) {
        return new CaseBundle(c, communes, persons, content, attached.stream()
                .sorted(Comparator.comparing(CaseDocument::addedAt).thenComparing(CaseDocument::fileName)
                        .thenComparing(CaseDocument::id))
                .map(d -> new AttachedFile(d, () -> documents.content(d.id())
                        .orElseThrow(() -> new NotFoundException(d.id().toString())))).toList(),
                flow, annexes.stream().map(a -> AnnexFile.of(a, () -> workflow.annexes().find(a.id())
                        .orElseThrow(() -> new NotFoundException(a.id().toString())).content())).toList());
    }
}
