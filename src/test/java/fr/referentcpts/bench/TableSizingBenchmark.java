package fr.referentcpts.bench;

import fr.referentcpts.ui.common.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The case list's columns sized to their texts ({@link Tables#sizeToContent}), which the list does
 * on the JavaFX thread every time its rows change: when it is loaded, and at every keystroke in the
 * search box (the rows shown change). Generated rows as the list shows them (name, département,
 * stage, last change; 5 000 by default), then the shown rows replaced by successive filters, as
 * typing does; prints the median and worst time of one change of the rows, on the first changes
 * (fresh JVM) and once warm. Headless (Monocle): no display needed. Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=TableSizingBenchmark [-Dbench.args=COUNT]}.
 */
public final class TableSizingBenchmark {
    private static final String[] PLACES = {"Bocage Virois", "Pays d’Auge", "Falaise", "Caen Nord", "Côte de Nacre",
        "Bessin", "Cœur du Cotentin", "Val de Saire", "Avranches", "Granville", "Lisieux", "Bayeux", "Flers",
        "Argentan", "Alençon", "Perche", "Dieppe", "Rouen", "Évreux", "Le Havre", "Fécamp", "Honfleur", "Saint-Lô",
        "Cherbourg", "Pont-Audemer", "Louviers", "Bernay", "Domfront", "L’Aigle", "Mortain"};
    private static final String[] DEPARTEMENTS = {"14 – Calvados", "27 – Eure", "50 – Manche", "61 – Orne",
        "76 – Seine-Maritime", "77 – Seine-et-Marne", "2A – Corse-du-Sud"};
    private static final String[] STAGES = {"Pré-projet", "Lettre d’intention", "Projet de santé",
        "Négociation et signature ACI", "Suivi du contrat", "Sans suite", "Résilié", "Terminé"};
    private static final int ROUNDS = 40;

    private TableSizingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        List<String[]> rows = rows(count);
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(measure(rows)));
        System.out.println(done.get());
        Platform.exit();
    }

    private static String measure(List<String[]> all) {
        ObservableList<String[]> shown = FXCollections.observableArrayList();
        TableView<String[]> table = new TableView<>(shown);
        TableColumn<String[], String> name = Tables.column("Dossier", r -> r[0], 300);
        table.getColumns().add(name);
        table.getColumns().add(Tables.column("Département", r -> r[1], 170));
        table.getColumns().add(Tables.wrappingColumn("Étape", r -> r[2], 190));
        table.getColumns().add(Tables.column("Modifié le", r -> r[3], 150));
        Tables.sizeToContent(table, name, 200);
        long load = System.nanoTime();
        shown.setAll(all);
        long loaded = System.nanoTime() - load;
        long[] first = new long[ROUNDS];
        long[] warm = new long[ROUNDS];
        for (int round = 0; round < 2 * ROUNDS; round++) {
            String typed = PLACES[round % PLACES.length].substring(0, 1 + round % 4).toLowerCase(Locale.ROOT);
            List<String[]> filtered = round % 2 == 1 ? all
                    : all.stream().filter(r -> r[0].toLowerCase(Locale.ROOT).contains(typed)).toList();
            long start = System.nanoTime();
            shown.setAll(filtered);
            long took = System.nanoTime() - start;
            if (round < ROUNDS) {
                first[round] = took;
            } else {
                warm[round - ROUNDS] = took;
            }
        }
        long[] sorted = warm.clone();
        java.util.Arrays.sort(sorted);
        return String.format(Locale.ROOT, "TableSizingBenchmark : %d lignes, 4 colonnes ; chargement %.1f ms ; "
                + "changement des lignes montrées (filtre ou retour à toutes), %d premiers : médiane %.2f ms ; "
                + "%d suivants : médiane %.2f ms, pire %.2f ms", all.size(), loaded / 1e6, ROUNDS,
                BenchSupport.medianMillis(first), ROUNDS, BenchSupport.medianMillis(warm), sorted[ROUNDS - 1] / 1e6);
    }

    private static List<String[]> rows(int count) {
        Random random = new Random(2026);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new String[] {"CPTS " + PLACES[random.nextInt(PLACES.length)] + (i % 3 == 0 ? " et environs" : "")
                    + " " + i, DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)], STAGES[random.nextInt(STAGES.length)],
                String.format(Locale.ROOT, "%02d/%02d/2026 %02d:%02d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                        random.nextInt(24), random.nextInt(60))});
        }
        return rows;
    }
}
