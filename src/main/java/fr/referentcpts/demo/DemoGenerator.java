package fr.referentcpts.demo;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.geo.Departement;
import fr.referentcpts.core.geo.DepartementCatalog;
import fr.referentcpts.core.missions.IndicatorTemplate;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Generates a demonstration portfolio of any size — case files at every stage with a territory
 * of real communes, a team and partners, missions, actions and indicators with targets and
 * measured values — through the real services, so the data is what a referent would have
 * typed, dated over the past years. For training, screenshots and measuring the application on
 * a realistic volume. The same seed gives the same content (identifiers aside).
 *
 * <p>Each case file walks the workflow as a referent's would ({@link DemoWorkflowWriter}): stage
 * forms, meetings, decisions in the history, annual reviews and payments received.
 */
public final class DemoGenerator {
    public static final int MAX_COUNT = 100_000;
    public static final String FIELD_COUNT = "count";
    /** Case files written per transaction: one commit per batch instead of one per service call. */
    static final int BATCH = 25;

    /** How often each stage appears, in percent: most projects are signed and followed. */
    static final List<Map.Entry<WorkflowStage, Integer>> STAGES = List.of(
            Map.entry(WorkflowStage.PRE_PROJECT, 12), Map.entry(WorkflowStage.LETTER_OF_INTENT, 12),
            Map.entry(WorkflowStage.HEALTH_PROJECT, 16), Map.entry(WorkflowStage.SIGNATURE, 8), Map.entry(WorkflowStage.FOLLOW_UP, 38),
            Map.entry(WorkflowStage.ABANDONED, 7), Map.entry(WorkflowStage.TERMINATED, 3), Map.entry(WorkflowStage.CLOSED, 4));

    /** What was written. */
    public record Summary(int caseFiles, Map<WorkflowStage, Integer> byStage, int communes, int people, int missions,
            int actions, int indicators) {
        public Summary {
            byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        }
    }

    private final CaseServices services;
    private final DemoClock clock;
    private final DemoTerritories territories;
    private final RulesCatalog rules;
    private final List<IndicatorTemplate> catalog;
    private final DepartementCatalog departements;

    /**
     * @param clock the clock {@code services} were built on; its instant when the generation
     *              starts is « today » for the generated dates
     * @param services the services the case files are written through, all built on {@code clock}
     * @param epcis the communes of the referential, grouped by EPCI
     */
    public DemoGenerator(CaseServices services, DemoClock clock, Collection<List<TerritoryCommune>> epcis,
            RulesCatalog rules, List<IndicatorTemplate> catalog, DepartementCatalog departements) {
        this.services = services;
        this.clock = clock;
        this.territories = new DemoTerritories(epcis);
        this.rules = rules;
        this.catalog = List.copyOf(catalog);
        this.departements = departements;
    }

    /** Checks {@code count} before anything is opened or written. */
    public static void checkCount(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new ValidationException(FIELD_COUNT, "demo.error.count", MAX_COUNT);
        }
    }

    /**
     * Writes {@code count} case files, {@value #BATCH} per transaction; {@code progress}
     * receives the number written after each batch.
     */
    public Summary generate(int count, long seed, IntConsumer progress) {
        checkCount(count);
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = clock.instant();
        Set<String> names = new HashSet<>();
        services.caseFiles().list().forEach(c -> names.add(c.name()));
        DemoCaseWriter.Totals totals = new DemoCaseWriter.Totals();
        Map<WorkflowStage, Integer> byStage = new EnumMap<>(WorkflowStage.class);
        try {
            for (int done = 0; done < count; ) {
                int batchEnd = Math.min(count, done + BATCH);
                int first = done;
                services.transactions().inTransaction(() -> {
                    for (int i = first; i < batchEnd; i++) {
                        WorkflowStage stage = i < STAGES.size() ? STAGES.get(i).getKey()
                                : DemoVocabulary.weighted(random, STAGES);
                        DemoCaseWriter writer = new DemoCaseWriter(services, clock, rules, catalog, this::departement, start,
                                random.split(), totals);
                        writer.write(stage, territories.draw(random), names);
                        byStage.merge(stage, 1, Integer::sum);
                    }
                });
                done = batchEnd;
                progress.accept(done);
            }
        } finally {
            clock.set(start);
        }
        return new Summary(count, byStage, totals.communes, totals.people, totals.missions, totals.actions,
                totals.indicators);
    }

    private Departement departement(String code) {
        return departements.find(code).orElse(new Departement(code, code, ""));
    }
}
