package fr.referentcpts.testing;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.territory.Overlap;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.territory.TerritoryRepository;
import fr.referentcpts.core.territory.TerritorySummary;
import fr.referentcpts.core.territory.TerritoryService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Territories kept in memory, for tests of what the screens do with them: the real
 * {@link TerritoryService} over a map instead of an H2 folder. Case files are only names here
 * (for the overlaps) and the time each was last touched; the database's own behaviour is the
 * repository tests' business.
 */
public final class InMemoryTerritories implements TerritoryRepository {
    private final Map<UUID, List<TerritoryCommune>> communes = new LinkedHashMap<>();
    private final Map<UUID, String> caseNames = new LinkedHashMap<>();
    private final Map<UUID, Instant> touched = new LinkedHashMap<>();

    /** The real service over this memory, transactions run as they come, the tests' fixed clock. */
    public TerritoryService service() {
        return new TerritoryService(this, new TouchedCases(), new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        }, TestData.CLOCK);
    }

    /** A case file known by its name, with an empty territory. */
    public UUID newCase(String name) {
        UUID id = UUID.randomUUID();
        caseNames.put(id, name);
        communes.put(id, List.of());
        return id;
    }

    /** When the case's « dernière modification » was last set, if ever. */
    public Optional<Instant> touchedAt(UUID caseId) {
        return Optional.ofNullable(touched.get(caseId));
    }

    @Override
    public List<TerritoryCommune> communes(UUID caseId) {
        return communes.getOrDefault(caseId, List.of());
    }

    @Override
    public Map<UUID, TerritorySummary> allSummaries() {
        Map<UUID, TerritorySummary> summaries = new LinkedHashMap<>();
        communes.forEach((id, territory) -> {
            if (!territory.isEmpty()) {
                summaries.put(id, TerritorySummary.of(territory));
            }
        });
        return summaries;
    }

    @Override
    public Map<UUID, List<TerritoryCommune>> communes(Collection<UUID> caseIds) {
        Map<UUID, List<TerritoryCommune>> some = new LinkedHashMap<>(communes);
        some.keySet().retainAll(caseIds);
        return some;
    }

    @Override
    public void replace(UUID caseId, List<TerritoryCommune> territory) {
        communes.put(caseId, List.copyOf(territory));
    }

    @Override
    public List<Overlap> overlaps(UUID caseId, List<String> inseeCodes) {
        List<Overlap> overlaps = new ArrayList<>();
        communes.forEach((other, list) -> {
            if (!other.equals(caseId)) {
                list.stream().filter(c -> inseeCodes.contains(c.inseeCode()))
                        .forEach(c -> overlaps.add(new Overlap(c.inseeCode(), other, caseNames.get(other))));
            }
        });
        return overlaps;
    }

    /** Only what the territory service asks of case files: recording a change. */
    private final class TouchedCases implements CaseFileRepository {
        @Override
        public void touch(UUID id, Instant at) {
            touched.put(id, at);
        }

        @Override
        public List<CaseFile> findAll() {
            throw new UnsupportedOperationException("not needed by the territory service");
        }

        @Override
        public Optional<CaseFile> find(UUID id) {
            throw new UnsupportedOperationException("not needed by the territory service");
        }

        @Override
        public List<CaseFile> findAll(Collection<UUID> ids) {
            throw new UnsupportedOperationException("not needed by the territory service");
        }

        @Override
        public void insert(CaseFile caseFile) {
            throw new UnsupportedOperationException("not needed by the territory service");
        }

        @Override
        public CaseFile update(CaseFile caseFile) {
            throw new UnsupportedOperationException("not needed by the territory service");
        }

        @Override
        public void delete(UUID id) {
            throw new UnsupportedOperationException("not needed by the territory service");
        }
    }
}
