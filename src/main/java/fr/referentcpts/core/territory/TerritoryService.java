package fr.referentcpts.core.territory;

import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Use cases of a case's territory: add communes (one or a whole EPCI), correct, remove, check overlaps. */
public final class TerritoryService {
    public static final String FIELD_CODE = "inseeCode";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_POPULATION = "population";
    /** What the database holds (INTEGER): France's largest commune has about 2.1 million inhabitants. */
    public static final long MAX_POPULATION = Integer.MAX_VALUE;
    static final int MAX_TEXT = 200;
    static final int MAX_VINTAGE = 40;
    static final int MAX_REASON = 1000;

    private final TerritoryRepository repository;
    private final CaseFileRepository caseFiles;
    private final Transactions transactions;
    private final Clock clock;

    public TerritoryService(TerritoryRepository repository, CaseFileRepository caseFiles, Transactions transactions,
            Clock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Territory territory(UUID caseId) {
        return transactions.inTransaction(() -> new Territory(repository.communes(caseId)));
    }

    /** Adds communes not yet in the territory (an EPCI may bring some already there); returns the new territory. */
    public Territory add(UUID caseId, List<TerritoryCommune> communes) {
        communes.forEach(TerritoryService::validate);
        return transactions.inTransaction(() -> {
            List<TerritoryCommune> current = new ArrayList<>(repository.communes(caseId));
            Set<String> present = current.stream().map(TerritoryCommune::inseeCode).collect(Collectors.toSet());
            for (TerritoryCommune commune : communes) {
                if (present.add(commune.inseeCode())) {
                    current.add(commune);
                }
            }
            return save(caseId, current);
        });
    }

    /** Replaces the commune with the same INSEE code (population corrected with a reason…). */
    public Territory update(UUID caseId, TerritoryCommune commune) {
        validate(commune);
        return transactions.inTransaction(() -> save(caseId, repository.communes(caseId).stream()
                .map(c -> c.inseeCode().equals(commune.inseeCode()) ? commune : c).toList()));
    }

    /** Replaces every commune at once (figures updated to a new vintage…), order kept. */
    public Territory replaceAll(UUID caseId, List<TerritoryCommune> communes) {
        communes.forEach(TerritoryService::validate);
        return transactions.inTransaction(() -> save(caseId, communes));
    }

    public Territory remove(UUID caseId, String inseeCode) {
        return transactions.inTransaction(() -> save(caseId, repository.communes(caseId).stream()
                .filter(c -> !c.inseeCode().equals(inseeCode)).toList()));
    }

    /**
     * The départements of the case's communes, each with its number of communes (most first), when
     * none of them lies in {@code departementCode}: the case would be placed in a département its
     * territory does not touch. Empty when one commune is there, or when there is no commune yet.
     */
    public Map<String, Long> departementsIfNoneIn(UUID caseId, String departementCode) {
        List<TerritoryCommune> communes = territory(caseId).communes();
        if (communes.stream().anyMatch(c -> c.departement().equals(departementCode))) {
            return Map.of();
        }
        Map<String, Long> counts = communes.stream()
                .collect(Collectors.groupingBy(TerritoryCommune::departement, Collectors.counting()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Communes of this territory already in another (not abandoned) case file's territory. */
    public List<Overlap> overlaps(UUID caseId) {
        return transactions.inTransaction(() -> repository.overlaps(caseId,
                repository.communes(caseId).stream().map(TerritoryCommune::inseeCode).toList()));
    }

    public static void validate(TerritoryCommune commune) {
        if (!InseeCodes.isValid(commune.inseeCode())) {
            throw new ValidationException(FIELD_CODE, "territory.error.inseeCode", commune.inseeCode());
        }
        if (commune.name().isEmpty()) {
            throw new ValidationException(FIELD_NAME, "territory.error.nameRequired");
        }
        if (commune.name().length() > MAX_TEXT) {
            throw new ValidationException(FIELD_NAME, "territory.error.nameTooLong", MAX_TEXT);
        }
        if (commune.population() < 0) {
            throw new ValidationException(FIELD_POPULATION, "territory.error.populationNegative");
        }
        if (commune.population() > MAX_POPULATION) {
            throw new ValidationException(FIELD_POPULATION, "territory.error.populationTooLarge", commune.name(),
                    commune.population(), MAX_POPULATION);
        }
        if (commune.populationSource().length() > MAX_TEXT || commune.populationVintage().length() > MAX_VINTAGE
                || commune.overrideReason().length() > MAX_REASON) {
            throw new ValidationException(FIELD_POPULATION, "territory.error.sourceTooLong", commune.name(),
                    MAX_TEXT, MAX_VINTAGE, MAX_REASON);
        }
    }

    private Territory save(UUID caseId, List<TerritoryCommune> communes) {
        repository.replace(caseId, communes);
        caseFiles.touch(caseId, clock.instant());
        return new Territory(communes);
    }
}
