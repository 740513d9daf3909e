package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.ui.portfolio.PortfolioViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Filtering the case list as the referent types in its search box, on generated case files (5 000
 * by default): the list's own ViewModel ({@link PortfolioViewModel}) loaded from a data folder,
 * each keystroke setting the search text as the search box does, which refilters the list (the
 * folded search text of every row) and updates the count shown under it. Prints the median, p95
 * and worst time per keystroke, on the first typing (fresh JVM) and once warm. Without a display:
 * the table's own redraw of the visible rows is not included. Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=ListFilterBenchmark [-Dbench.args=COUNT]}.
 */
public final class ListFilterBenchmark {
    private static final String[] PLACES = {"Bocage", "Virois", "Pays d’Auge", "Falaise", "Caen", "Nord", "Sud",
        "Côte de Nacre", "Bessin", "Isigny", "Cœur du Cotentin", "Val de Saire", "Avranches", "Granville", "Lisieux",
        "Bayeux", "Vire", "Flers", "Argentan", "Alençon", "Perche", "Dieppe", "Rouen", "Évreux", "Vernon", "Le Havre",
        "Fécamp", "Yvetot", "Honfleur", "Deauville", "Coutances", "Saint-Lô", "Cherbourg", "Pont-Audemer",
        "Louviers", "Bernay", "Domfront", "L’Aigle", "Sées", "Mortain"};
    private static final String[] DEPARTEMENTS = {"14", "27", "50", "61", "76"};
    private static final String[] REFERENTS = {"Camille Roussel", "Louis Hébert", "Inès Lefèvre", "", "Marc Duval"};
    private static final List<String> TYPED = List.of("bocage vir", "cpts du pays", "14", "saint-lo", "camille",
            "évreux nord", "suivi", "zzz");
    private static final int WARM_ROUNDS = 20;

    private ListFilterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dataDir = Files.createTempDirectory("list-filter-bench");
        try (AppContext context = TestData.open(dataDir)) {
            Random random = new Random(2026);
            WorkflowStage[] stages = WorkflowStage.values();
            long creation = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String name = "CPTS " + PLACES[random.nextInt(PLACES.length)]
                        + (random.nextBoolean() ? " " + PLACES[random.nextInt(PLACES.length)] : "");
                context.caseFiles().create(new CaseIdentity(name, DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)],
                        REFERENTS[random.nextInt(REFERENTS.length)], ""), stages[random.nextInt(stages.length)]);
            }
            System.out.printf("ListFilterBenchmark : %d dossiers créés en %.1f s%n", count,
                    (System.nanoTime() - creation) / 1e9);

            PortfolioViewModel vm = new PortfolioViewModel(context.caseFiles(), () -> 0, context.departements(),
                    new SyncTaskRunner(), new FakeDialogs(), new Messages(), ZoneId.of("Europe/Paris"));
            List<String> summaries = new ArrayList<>();
            vm.summaryProperty().addListener((obs, old, text) -> summaries.add(text)); // as the main window does
            vm.load(() -> { });
            if (vm.visibleRows().isEmpty()) {
                throw new IllegalStateException("liste vide");
            }
            long[] cold = typeEverything(vm);
            List<long[]> warm = new ArrayList<>();
            for (int round = 0; round < WARM_ROUNDS; round++) {
                warm.add(typeEverything(vm));
            }
            long[] all = warm.stream().flatMapToLong(Arrays::stream).toArray();
            print("Première saisie (JVM neuve)", cold);
            print("À chaud (" + WARM_ROUNDS + " saisies)", all);
            System.out.printf("(%d dossiers, %d frappes par saisie : « %s », chacune tapée puis effacée ;"
                    + " dernier décompte affiché : %s)%n", count, cold.length, String.join(" », « ", TYPED),
                    summaries.isEmpty() ? "?" : summaries.getLast());
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }

    /** Types each query letter by letter, then erases it letter by letter: the time of each keystroke. */
    private static long[] typeEverything(PortfolioViewModel vm) {
        List<Long> times = new ArrayList<>();
        for (String query : TYPED) {
            for (int i = 1; i <= query.length(); i++) {
                times.add(keystroke(vm, query.substring(0, i)));
            }
            for (int i = query.length() - 1; i >= 0; i--) {
                times.add(keystroke(vm, query.substring(0, i)));
            }
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private static long keystroke(PortfolioViewModel vm, String text) {
        long start = System.nanoTime();
        vm.searchProperty().set(text);
        int shown = vm.visibleRows().size(); // the table reads the new size
        long end = System.nanoTime();
        if (shown < 0) {
            throw new IllegalStateException();
        }
        return end - start;
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s : par frappe médiane %.2f ms, p95 %.2f ms, pire %.2f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
