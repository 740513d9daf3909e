package fr.referentcpts.io.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.BaremeTotal;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionRule;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.SizeClass;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The checks across a rules version: every line belongs to a declared mission and appears once,
 * every mission has lines, and every confirmed total the file states holds for each size class.
 */
final class RulesChecks {
    private RulesChecks() {
    }

    static void check(RulesVersion version, String fileName) {
        Set<LineKey> keys = new HashSet<>();
        for (BaremeLine line : version.lines()) {
            if (!keys.add(line.key())) {
                throw new DomainException("funding.rules.error.duplicate", fileName, line.key().code(), "lines");
            }
            if (!version.schedule().hasPattern(line.key().component())) {
                throw new DomainException("funding.rules.error.noPattern", fileName, line.key().code());
            }
            Mission mission = line.key().mission();
            if (mission != null && !version.offers(mission)) {
                throw new DomainException("funding.rules.error.missionNotDeclared", fileName, mission.name(),
                        line.key().code());
            }
        }
        for (MissionRule rule : version.missions()) {
            if (version.linesOf(rule.mission()).isEmpty()) {
                throw new DomainException("funding.rules.error.missionWithoutLines", fileName, rule.mission().name());
            }
        }
        Set<String> totalIds = new HashSet<>();
        for (BaremeTotal total : version.totals()) {
            if (!totalIds.add(total.id())) {
                throw new DomainException("funding.rules.error.duplicate", fileName, total.id(), "totals");
            }
            for (Mission mission : total.missions()) {
                if (!version.offers(mission)) {
                    throw new DomainException("funding.rules.error.missionNotDeclared", fileName, mission.name(),
                            total.id());
                }
            }
            if (total.status().confirmed()) {
                checkTotal(version, total, fileName);
            }
        }
    }

    private static void checkTotal(RulesVersion version, BaremeTotal total, String fileName) {
        for (SizeClass size : SizeClass.values()) {
            Optional<BigDecimal> sum = version.sum(total, size);
            if (sum.isEmpty()) {
                throw new DomainException("funding.rules.error.totalOfUnconfirmed", fileName, total.id());
            }
            BigDecimal stated = total.amount(size).orElseThrow();
            if (sum.get().compareTo(stated) != 0) {
                throw new DomainException("funding.rules.error.totalMismatch", fileName, total.id(),
                        Integer.toString(size.number()), FrenchFormat.amount(stated), FrenchFormat.amount(sum.get()));
            }
        }
    }
}
