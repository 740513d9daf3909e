package fr.referentcpts.bench;

import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.io.funding.RulesFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Computes the funding (envelope, 5-year calendar, totals, deadlines) of 10 000 random contracts
 * with a fixed seed and prints the time per contract. Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=FundingBenchmark}.
 */
public final class FundingBenchmark {
    private static final int CONTRACTS = 10_000;
    private static final int ROUNDS = 5;
    private static final long SEED = 20_261_122L;
    private static final LocalDate FIRST_SIGNATURE = LocalDate.of(2019, 8, 25);
    private static final int SIGNATURE_DAYS = 4_000;

    private FundingBenchmark() {
    }

    public static void main(String[] args) {
        long loadStart = System.nanoTime();
        RulesCatalog catalog = RulesFiles.shippedCatalog();
        long loadNanos = System.nanoTime() - loadStart;
        FundingEngine engine = new FundingEngine(catalog);
        List<FundingInput> inputs = randomContracts(catalog, new Random(SEED));

        run(engine, inputs); // warm-up: class loading and JIT
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] wall = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        Run measured = null;
        for (int i = 0; i < ROUNDS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            measured = run(engine, inputs);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }

        System.out.printf("FundingBenchmark: %d contrats (graine %d), %d versements, total %s €%n", CONTRACTS, SEED,
                measured.payments(), measured.total().toPlainString());
        System.out.printf("Chargement des règles : %.1f ms%n", loadNanos / 1e6);
        System.out.printf("Calcul (médiane de %d tours, après un tour d’échauffement) : %.1f ms au total, %.1f µs par "
                + "contrat ; temps CPU du fil %.1f ms (moins sensible à la charge de la machine)%n", ROUNDS,
                BenchSupport.medianMillis(wall), BenchSupport.medianMillis(wall) * 1e3 / CONTRACTS,
                BenchSupport.medianMillis(cpu));
    }

    private record Run(long payments, BigDecimal total) {
    }

    private static Run run(FundingEngine engine, List<FundingInput> inputs) {
        long payments = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (FundingInput input : inputs) {
            FundingResult result = engine.compute(input);
            payments += result.payments().size();
            total = total.add(result.contractTotal());
        }
        return new Run(payments, total);
    }

    /** Contracts signed 2019–2030, socle missions plus random optional ones, random starts and rates. */
    private static List<FundingInput> randomContracts(RulesCatalog catalog, Random random) {
        List<FundingInput> inputs = new ArrayList<>(CONTRACTS);
        for (int i = 0; i < CONTRACTS; i++) {
            LocalDate signature = FIRST_SIGNATURE.plusDays(random.nextInt(SIGNATURE_DAYS));
            RulesVersion rules = catalog.versionInForceAt(signature);
            FundingInput.Builder input = FundingInput.builder(5_000 + random.nextInt(395_000), signature);
            for (Mission mission : Mission.values()) {
                var rule = rules.mission(mission);
                if (rule.isEmpty()) {
                    continue;
                }
                boolean socle = rule.get().kind() == fr.referentcpts.core.funding.MissionKind.SOCLE;
                if (!socle && random.nextBoolean()) {
                    continue;
                }
                LocalDate earliest = rule.get().availableFrom() != null && rule.get().availableFrom().isAfter(signature)
                        ? rule.get().availableFrom() : signature;
                LocalDate start = earliest.plusDays(random.nextInt(365));
                MissionChoice choice = MissionChoice.startingOn(mission, start);
                input.mission(mission == Mission.ACCESS && random.nextBoolean() ? choice.withSnpOrientation() : choice);
                for (int year = 1; year <= 5; year++) {
                    input.achievement(mission, year, BigDecimal.valueOf(random.nextInt(101), 2));
                }
            }
            // the contract's own amounts where the barème is unknown, as a referent would, so every line is scheduled
            rules.lines().stream().filter(l -> !l.confirmed()).forEach(l -> input.enteredAmount(l.key(),
                    l.key().equals(LineKey.OPERATING) ? new BigDecimal("131250")
                            : l.key().component() == Component.FIXED ? new BigDecimal("20000") : new BigDecimal("10000")));
            inputs.add(input.build());
        }
        return inputs;
    }
}
