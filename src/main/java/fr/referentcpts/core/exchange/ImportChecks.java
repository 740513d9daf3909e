package fr.referentcpts.core.exchange;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Label;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks of an imported file that no typed data needs: a case file present twice, or an item
 * that a case holds once (a commune, a mission, a yearly review…) present twice — the database
 * would keep one of them, and the import would not be what its plan showed.
 */
final class ImportChecks {
    private ImportChecks() {
    }

    static void distinctCases(List<CaseBundle> bundles) {
        Set<UUID> seen = new HashSet<>();
        for (CaseBundle bundle : bundles) {
            if (!seen.add(bundle.caseFile().id())) {
                throw duplicate(bundle, "exchange.item.caseFile", bundle.caseFile().name());
            }
        }
    }

    static void unique(CaseBundle bundle) {
        once(bundle, "exchange.item.commune", bundle.territory(), TerritoryCommune::inseeCode);
        once(bundle, "exchange.item.mission", bundle.missions().missions(), (CaseMission m) -> m.mission().name());
        once(bundle, "exchange.item.override", bundle.missions().overrides(),
                o -> o.mission().name() + " " + o.contractYear());
        WorkflowData w = bundle.workflow();
        once(bundle, "exchange.item.enteredAmount", w.enteredAmounts(), a -> a.line().code());
        once(bundle, "exchange.item.review", w.reviews(), r -> String.valueOf(r.contractYear()));
    }

    private static <T> void once(CaseBundle bundle, String what, List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (!seen.add(k)) {
                throw duplicate(bundle, what, k);
            }
        }
    }

    private static DomainException duplicate(CaseBundle bundle, String what, String key) {
        return new DomainException("exchange.error.duplicate", bundle.caseFile().name(), new Label(what), key);
    }
}
