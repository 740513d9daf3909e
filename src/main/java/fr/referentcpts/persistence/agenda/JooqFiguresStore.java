package fr.referentcpts.persistence.agenda;

import static fr.referentcpts.persistence.generated.Tables.CASE_FIGURES;
import static fr.referentcpts.persistence.generated.Tables.CASE_FILE;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import fr.referentcpts.core.agenda.FiguresStore;
import fr.referentcpts.persistence.JooqTransactions;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.LoggerFactory;

/** The home figures kept in {@code case_figures}, one row per case file. */
public final class JooqFiguresStore implements FiguresStore {
    private static final int CHUNK = 500;
    private final JooqTransactions transactions;

    public JooqFiguresStore(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /** One query: every case file, with its kept figures when they are usable. */
    @Override
    public Usable usable(String basis, LocalDate day) {
        Map<UUID, String> figures = new HashMap<>();
        Map<UUID, Long> missing = new HashMap<>();
        transactions.dsl().select(CASE_FILE.ID, CASE_FIGURES.FIGURES, CASE_FILE.CHANGE_MARK).from(CASE_FILE)
                .leftJoin(CASE_FIGURES)
                .on(CASE_FIGURES.CASE_ID.eq(CASE_FILE.ID).and(CASE_FIGURES.CHANGE_MARK.eq(CASE_FILE.CHANGE_MARK))
                        .and(CASE_FIGURES.BASIS.eq(basis)).and(CASE_FIGURES.VALID_FROM.le(day))
                        .and(CASE_FIGURES.VALID_UNTIL.gt(day)))
                .forEach(r -> {
                    if (r.value2() == null) {
                        missing.put(r.value1(), r.value3());
                    } else {
                        figures.put(r.value1(), r.value2());
                    }
                });
        return new Usable(figures, missing);
    }

    @Override
    public Map<UUID, Long> marks(Collection<UUID> caseIds) {
        Map<UUID, Long> marks = new HashMap<>();
        List<UUID> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            transactions.dsl().select(CASE_FILE.ID, CASE_FILE.CHANGE_MARK).from(CASE_FILE)
                    .where(CASE_FILE.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .forEach(r -> marks.put(r.value1(), r.value2()));
        }
        return marks;
    }

    /**
     * Each row is written from its case file's row, and only when that row still has the mark:
     * a case file changed or deleted since its figures were computed gets nothing. Derived data:
     * what cannot be written (a database opened read-only, a full disk) is computed again next time.
     */
    @Override
    public void keep(Collection<Kept> kept) {
        DSLContext dsl = transactions.dsl();
        try {
            List<UUID> ids = kept.stream().map(Kept::caseId).toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                dsl.deleteFrom(CASE_FIGURES).where(CASE_FIGURES.CASE_ID.in(ids.subList(from,
                        Math.min(ids.size(), from + CHUNK)))).execute();
            }
            for (Kept k : kept) {
                dsl.insertInto(CASE_FIGURES, CASE_FIGURES.CASE_ID, CASE_FIGURES.CHANGE_MARK, CASE_FIGURES.BASIS,
                        CASE_FIGURES.VALID_FROM, CASE_FIGURES.VALID_UNTIL, CASE_FIGURES.FIGURES)
                        .select(select(CASE_FILE.ID, CASE_FILE.CHANGE_MARK, val(k.basis()), val(k.validFrom()),
                                val(k.validUntil()), val(k.figures())).from(CASE_FILE)
                                .where(CASE_FILE.ID.eq(k.caseId()).and(CASE_FILE.CHANGE_MARK.eq(k.mark()))))
                        .execute();
            }
        } catch (DataAccessException e) {
            LoggerFactory.getLogger(JooqFiguresStore.class)
                    .warn("Chiffres de l’accueil non gardés : ils seront recalculés au prochain démarrage", e);
        }
    }
}
