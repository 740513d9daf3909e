package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.agenda.AgendaService;
import fr.referentcpts.core.agenda.CaseAgenda;
import fr.referentcpts.core.agenda.LiveOverview;
import fr.referentcpts.core.agenda.PortfolioOverview;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.PortfolioRead;
import fr.referentcpts.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The home screen's figures on a generated portfolio ({@code demo generate}, every case file with
 * its whole workflow): the time to read every case file (snapshots) and to compute the overview
 * (pipeline, population covered, deadlines of every case), cold then warm, and the update after
 * one edit as the application makes it (only the case edited read again). Not a test: run it with
 * {@code mvn -B test-compile exec:exec@bench -Dbench=AgendaBenchmark [-Dbench.args="COUNT [KEPT [full]]"]}
 * (1 000 case files by default). With a folder {@code KEPT}, the portfolio is generated there the
 * first time and kept; later runs copy it and skip the generation, so that « cold » is the first
 * computation in a fresh JVM that has only opened the data, as at a start of the application.
 * « Cold » is by default the home as the application shows it at a start: the figures kept by the
 * previous start (the generation leaves them, as a first start would), only case files changed
 * since computed; with a third argument {@code full}, every case file read and computed, as
 * before figures were kept (and as a first start after an upgrade, a change of settings or rules).
 */
public final class AgendaBenchmark {
    private static final int WARM_RUNS = 15;
    private static final int EDITS = 30;

    private AgendaBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dataDir = Files.createTempDirectory("agenda-bench");
        try {
            if (args.length > 1) {
                Path kept = Path.of(args[1]);
                if (!Files.isDirectory(kept) || BenchSupport.isEmpty(kept)) {
                    generate(kept, count);
                }
                BenchSupport.copyTree(kept, dataDir);
            } else {
                generate(dataDir, count);
            }
            try (AppContext context = TestData.open(dataDir)) {
                measure(context, count, args.length > 2 && args[2].equals("full"));
            }
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }

    private static void generate(Path dataDir, int count) {
        try (AppContext context = TestData.open(dataDir)) {
            long generation = System.nanoTime();
            context.demoGenerator().generate(count, 2026, done -> { });
            new LiveOverview(context.agenda()).overview(); // the figures kept, as by a first start
            System.out.printf("AgendaBenchmark : %d dossiers générés en %.1f s dans %s%n", count,
                    (System.nanoTime() - generation) / 1e9, dataDir);
        }
    }

    private static void measure(AppContext context, int count, boolean full) {
        long rulesStart = System.nanoTime();
        context.agenda().basis(); // the rules and settings, which the application reads while the database opens
        long coldStart = System.nanoTime();
        PortfolioOverview cold = full ? context.agenda().overview() : new LiveOverview(context.agenda()).overview();
        System.out.printf("Accueil à froid (%s) : %.0f ms (%d échéances), après la lecture des règles et des "
                + "réglages (%.0f ms)%n", full ? "calcul complet" : "chiffres gardés au démarrage précédent",
                (System.nanoTime() - coldStart) / 1e6, cold.deadlines().size(), (coldStart - rulesStart) / 1e6);
        long[] whole = new long[WARM_RUNS];
        long[] home = new long[WARM_RUNS];
        long[] overview = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long start = System.nanoTime();
            List<CaseSnapshot> read = context.workflow().snapshots(PortfolioRead.WHOLE);
            long afterWhole = System.nanoTime();
            List<CaseSnapshot> homeRead = context.workflow().snapshots(PortfolioRead.HOME);
            long afterHome = System.nanoTime();
            context.agenda().overview();
            long end = System.nanoTime();
            whole[i] = afterWhole - start;
            home[i] = afterHome - afterWhole;
            overview[i] = end - afterHome;
            if (read.size() != count || homeRead.size() != count) {
                throw new IllegalStateException(read.size() + " et " + homeRead.size() + " dossiers lus");
            }
        }
        System.out.printf("À chaud (%d passages) : lecture de tous les dossiers en entier (budget) médiane %.0f ms, "
                + "ce que l’accueil en lit médiane %.0f ms ; accueil complet (lecture comprise) médiane %.0f ms, "
                + "soit %.2f ms par dossier%n", WARM_RUNS, BenchSupport.medianMillis(whole),
                BenchSupport.medianMillis(home), BenchSupport.medianMillis(overview),
                BenchSupport.medianMillis(overview) / count);
        incremental(context);
    }

    /**
     * The home screen after one edit, as the application updates it: a meeting with a next action
     * saved in one case file (a different one each time), that case file said changed, the figures
     * of that case computed again and those of the portfolio added up again.
     */
    private static void incremental(AppContext context) {
        LiveOverview live = new LiveOverview(context.agenda());
        live.overview();
        List<UUID> ids = context.caseFiles().list().stream().map(CaseFile::id).toList();
        long[] after = new long[EDITS];
        for (int i = 0; i < EDITS; i++) {
            UUID id = ids.get(i * ids.size() / EDITS);
            LocalDate date = context.agenda().today().plusDays(10 + i);
            context.meetings().save(new Meeting(UUID.randomUUID(), id, date, LocalTime.of(18, 0), "Mairie",
                    MeetingKind.STEERING, List.of(), "", "Bilan", "", List.of(new NextAction(UUID.randomUUID(),
                            "Relancer la CPAM", "", date.plusDays(7), false)), 0));
            long start = System.nanoTime();
            live.changed(id);
            live.overview();
            after[i] = System.nanoTime() - start;
        }
        AgendaService agenda = context.agenda();
        AgendaService.Basis basis = agenda.basis();
        List<CaseAgenda> all = context.workflow().snapshots().stream().map(c -> agenda.caseAgenda(c, basis)).toList();
        long[] read = new long[EDITS];
        long[] sum = new long[EDITS];
        for (int i = 0; i < EDITS; i++) {
            long start = System.nanoTime();
            agenda.caseAgenda(context.workflow().snapshot(ids.get(i * ids.size() / EDITS)), agenda.basis());
            long between = System.nanoTime();
            AgendaService.overview(all, basis.today());
            read[i] = between - start;
            sum[i] = System.nanoTime() - between;
        }
        System.out.printf("  dont relecture et calcul d’un dossier (réglages compris) médiane %.1f ms, addition du "
                + "portefeuille (%d dossiers, tri des échéances) médiane %.1f ms%n", BenchSupport.medianMillis(read),
                all.size(), BenchSupport.medianMillis(sum));
        boolean same = live.overview().equals(context.agenda().overview());
        long[] sorted = after.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("Après une modification d’un dossier (%d modifications, incrémental : ce dossier relu et "
                + "recalculé, le portefeuille additionné) : médiane %.1f ms, pire %.1f ms ; identique au calcul "
                + "complet : %s%n", EDITS, BenchSupport.medianMillis(after), sorted[EDITS - 1] / 1e6,
                same ? "oui" : "NON");
    }
}
