package fr.referentcpts.core.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A context's real figures store seen through this one ({@link #of}): it counts the case files
 * computed (every figure computed is kept) and can hand back the kept texts cut in half.
 */
final class CountingStore implements FiguresStore {
    final List<UUID> computed = new ArrayList<>();
    boolean garbled;
    private FiguresStore real;

    /** {@code agenda} keeping its figures through {@code into}, which then wraps its real store. */
    static AgendaService of(AgendaService agenda, CountingStore into) {
        return agenda.withStore(real -> {
            into.real = real;
            return into;
        });
    }

    @Override
    public Usable usable(String basis, LocalDate day) {
        Usable usable = real.usable(basis, day);
        if (!garbled) {
            return usable;
        }
        Map<UUID, String> texts = new HashMap<>(usable.figures());
        texts.replaceAll((id, text) -> text.substring(0, text.length() / 2));
        return new Usable(texts, usable.missing());
    }

    @Override
    public Map<UUID, Long> marks(Collection<UUID> caseIds) {
        return real.marks(caseIds);
    }

    @Override
    public void keep(Collection<Kept> figures) {
        figures.forEach(k -> computed.add(k.caseId()));
        real.keep(figures);
    }
}
