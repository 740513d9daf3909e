package fr.referentcpts.core.agenda;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.CanonicalText;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.Money;
import fr.referentcpts.core.funding.Payment;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.settings.SettingsService;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.PortfolioRead;
import fr.referentcpts.core.workflow.WorkflowService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The deadlines of the portfolio (« À venir », the calendar export) and the home screen's figures. */
public final class AgendaService {
    /** Up to this many case files to compute, they are read by themselves; beyond, the whole portfolio is read at once. */
    private static final int READ_SOME = 40;
    private final WorkflowService workflow;
    private final SettingsService settings;
    private final FiguresStore store;
    private final Transactions transactions;
    /** The last basis fingerprinted and its fingerprint. */
    private volatile Map.Entry<Basis, String> fingerprint;

    public AgendaService(WorkflowService workflow, SettingsService settings, FiguresStore store,
            Transactions transactions) {
        this.workflow = workflow;
        this.settings = settings;
        this.store = store;
        this.transactions = transactions;
    }

    public LocalDate today() {
        return workflow.today();
    }

    /** The deadlines of one case file, done ones included, by date. */
    public List<Deadline> deadlines(UUID caseId) {
        return deadlines(workflow.snapshot(caseId), settings.get());
    }

    /** The deadlines of one snapshot (the command line and screens already holding it). */
    public List<Deadline> deadlines(CaseSnapshot snapshot, WorkflowSettings current) {
        return DeadlineCalculator.of(snapshot, ContractFunding.compute(snapshot, workflow.engine()), current,
                workflow.today());
    }

    /** Pipeline, population covered by the contracts in force, and the deadlines of every case file not archived. */
    public PortfolioOverview overview() {
        Basis basis = basis();
        return overview(snapshots().stream().map(s -> caseAgenda(s, basis)).toList(), basis.today());
    }

    /**
     * What the figures of every case file depend on besides its own data: today, the settings and
     * the rules known. When it changes, every case file's figures are computed again.
     */
    public record Basis(LocalDate today, WorkflowSettings settings, RulesCatalog catalog) {

        /** Same day, same settings and the very same rules catalog (a new version makes a new catalog). */
        public boolean sameAs(Basis other) {
            return other != null && today.equals(other.today) && settings.equals(other.settings)
                    && catalog == other.catalog;
        }
    }

    /** Every case file, read at once (one query per table), with only what the figures need. */
    List<CaseSnapshot> snapshots() {
        return workflow.snapshots(PortfolioRead.HOME);
    }

    public Basis basis() {
        return new Basis(workflow.today(), settings.get(), workflow.engine().catalog());
    }

    /**
     * The figures of every case file on {@code basis}: those kept by an earlier computation
     * ({@link FiguresStore}) while their case file, the settings and the rules are unchanged and
     * the day is in their window ({@link FiguresWindow}); the others read, computed and kept for
     * the next time. The same figures as {@link #caseAgenda(CaseSnapshot, Basis)} of every case.
     */
    public Map<UUID, CaseAgenda> everyCase(Basis basis) {
        String key = fingerprint(basis);
        FiguresStore.Usable usable = transactions.inTransaction(() -> store.usable(key, basis.today()));
        Map<UUID, CaseAgenda> figures = new HashMap<>();
        Map<UUID, Long> missing = new HashMap<>(usable.missing());
        List<UUID> unreadable = new ArrayList<>();
        usable.figures().forEach((id, text) -> {
            try {
                figures.put(id, FiguresCodec.decode(id, text));
            } catch (IllegalArgumentException e) {
                unreadable.add(id); // computed again, and kept right this time
            }
        });
        if (!unreadable.isEmpty()) {
            missing.putAll(transactions.inTransaction(() -> store.marks(unreadable)));
        }
        if (missing.size() > READ_SOME) {
            computeAndKeep(snapshots().stream().filter(s -> missing.containsKey(s.id())).toList(), missing, basis,
                    key, figures);
        } else {
            computeAndKeep(readSome(missing.keySet()), missing, basis, key, figures);
        }
        return figures;
    }

    /** The figures of these case files read again, computed and kept; a case file deleted is left out. */
    public Map<UUID, CaseAgenda> recompute(Collection<UUID> caseIds, Basis basis) {
        // The marks first: figures computed from a case file changed after are then never used.
        Map<UUID, Long> marks = transactions.inTransaction(() -> store.marks(caseIds));
        Map<UUID, CaseAgenda> figures = new HashMap<>();
        computeAndKeep(readSome(marks.keySet()), marks, basis, fingerprint(basis), figures);
        return figures;
    }

    /** These case files read at once, as the home screen's read of the whole portfolio reads them; a deleted one is left out. */
    private List<CaseSnapshot> readSome(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : workflow.snapshots(caseIds, PortfolioRead.HOME);
    }

    private void computeAndKeep(List<CaseSnapshot> read, Map<UUID, Long> marks, Basis basis, String key,
            Map<UUID, CaseAgenda> figures) {
        List<FiguresStore.Kept> kept = new ArrayList<>(read.size());
        for (CaseSnapshot s : read) {
            CaseAgenda computed = caseAgenda(s, basis);
            figures.put(s.id(), computed);
            try {
                kept.add(new FiguresStore.Kept(s.id(), marks.get(s.id()), key, basis.today(),
                        FiguresWindow.until(s, computed, basis.catalog(), basis.today()),
                        FiguresCodec.encode(computed, s.caseFile().name())));
            } catch (IllegalArgumentException notKept) {
                // figures this version cannot write down: computed again at each start
            }
        }
        if (!kept.isEmpty()) {
            transactions.inTransaction(() -> store.keep(kept));
        }
    }

    /** The same service, its figures kept through {@code wrap} of its store (tests count what is computed). */
    AgendaService withStore(java.util.function.UnaryOperator<FiguresStore> wrap) {
        return new AgendaService(workflow, settings, wrap.apply(store), transactions);
    }

    /** What kept figures were computed with besides the day: the settings and every rules version. */
    String fingerprint(Basis basis) {
        Map.Entry<Basis, String> last = fingerprint;
        if (last != null && last.getKey().settings().equals(basis.settings())
                && last.getKey().catalog() == basis.catalog()) {
            return last.getValue();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The canonical text, not toString: the first toString of each of the rules' twenty
            // records linked a call site of its own, ≈ 0.1 s of every start on the way to the figures.
            digest.update(("settings " + CanonicalText.of(basis.settings()) + "\nrules "
                    + CanonicalText.of(basis.catalog().versions())).getBytes(StandardCharsets.UTF_8));
            String key = HexFormat.of().formatHex(digest.digest());
            fingerprint = Map.entry(basis, key);
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** What one case file adds to the home screen's figures (nothing but its archived flag when archived). */
    public CaseAgenda caseAgenda(CaseSnapshot snapshot, Basis basis) {
        LocalDate today = basis.today();
        WorkflowStage stage = snapshot.caseFile().stage();
        if (snapshot.caseFile().archived()) {
            return new CaseAgenda(snapshot.id(), stage, true, 0, false, Money.ZERO, Money.ZERO, List.of());
        }
        Optional<ContractFunding.Outcome> funding = ContractFunding.compute(snapshot, workflow.engine());
        long population = 0;
        BigDecimal due = Money.ZERO;
        BigDecimal letters = Money.ZERO;
        if (stage == WorkflowStage.FOLLOW_UP) {
            population = snapshot.population();
            due = sum(funding.filter(ContractFunding.Outcome::computed).map(o -> o.result().payments())
                    .orElse(List.of()), today.getYear(), false);
        } else if (!stage.isEndState() && snapshot.letter().validated()) {
            letters = sum(letterPayments(snapshot, today), today.getYear(), true);
        }
        return new CaseAgenda(snapshot.id(), stage, false, population, stage == WorkflowStage.FOLLOW_UP, due, letters,
                DeadlineCalculator.of(snapshot, funding, basis.settings(), today));
    }

    /** The figures of a portfolio: those of its case files not archived, added up; the deadlines in {@link DeadlineCalculator#ORDER}. */
    public static PortfolioOverview overview(Collection<CaseAgenda> cases, LocalDate today) {
        Map<WorkflowStage, Integer> pipeline = new EnumMap<>(WorkflowStage.class);
        for (WorkflowStage stage : WorkflowStage.values()) {
            pipeline.put(stage, 0);
        }
        long population = 0;
        int inForce = 0;
        BigDecimal due = Money.ZERO;
        BigDecimal letters = Money.ZERO;
        List<Deadline> deadlines = new ArrayList<>();
        for (CaseAgenda c : cases) {
            if (c.archived()) {
                continue;
            }
            pipeline.merge(c.stage(), 1, Integer::sum);
            population += c.population();
            inForce += c.inForce() ? 1 : 0;
            due = due.add(c.due());
            letters = letters.add(c.letters());
            deadlines.addAll(c.deadlines());
        }
        deadlines.sort(DeadlineCalculator.ORDER);
        return new PortfolioOverview(pipeline, population, inForce, deadlines, today.getYear(), due.add(letters),
                letters);
    }

    /** The calendar of a case not signed yet, on a provisional date: only its letter-of-intent payment counts. */
    private List<Payment> letterPayments(CaseSnapshot snapshot, LocalDate today) {
        try {
            return workflow.engine().compute(ContractFunding.input(snapshot, ContractFunding.Purpose.FOLLOW_UP,
                    workflow.engine().catalog(), today)).payments();
        } catch (DomainException e) {
            return List.of();
        }
    }

    private static BigDecimal sum(List<Payment> payments, int year, boolean lettersOnly) {
        return payments.stream().filter(p -> p.date().getYear() == year)
                .filter(p -> !lettersOnly || p.component() == Component.LETTER_OF_INTENT)
                .map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
