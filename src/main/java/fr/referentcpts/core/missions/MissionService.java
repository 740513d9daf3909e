package fr.referentcpts.core.missions;

import fr.referentcpts.core.casefile.CaseFileRepository;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.NotFoundException;
import fr.referentcpts.core.common.Transactions;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.AchievementRate;
import fr.referentcpts.core.funding.EarnedAmount;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.RulesVersion;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of a case's missions: choose them, describe actions, set indicators, measure, override rates. */
public final class MissionService {
    /** From these stages on, the socle missions of the rules version can no longer be dropped. */
    static final Set<WorkflowStage> SOCLE_LOCKED = EnumSet.of(WorkflowStage.SIGNATURE, WorkflowStage.FOLLOW_UP, WorkflowStage.TERMINATED,
            WorkflowStage.CLOSED);

    private final MissionRepository repository;
    private final CaseFileRepository caseFiles;
    private final Transactions transactions;
    private final Clock clock;

    public MissionService(MissionRepository repository, CaseFileRepository caseFiles, Transactions transactions,
            Clock clock) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    public MissionContent content(UUID caseId) {
        return transactions.inTransaction(() -> new MissionContent(repository.missions(caseId),
                repository.actions(caseId), repository.indicators(caseId), repository.overrides(caseId)));
    }

    /**
     * Chooses or drops a mission, sets its start date and SNP option. A socle mission of
     * {@code rules} cannot be dropped once the case is past the projet de santé.
     */
    public void saveMission(UUID caseId, CaseMission mission, RulesVersion rules) {
        transactions.inTransaction(() -> {
            WorkflowStage stage = caseFiles.find(caseId).orElseThrow(() -> new NotFoundException(caseId.toString())).stage();
            boolean socle = rules.mission(mission.mission()).map(r -> r.kind() == MissionKind.SOCLE).orElse(false);
            if (!mission.chosen() && socle && SOCLE_LOCKED.contains(stage)) {
                throw new DomainException("mission.error.socleLocked", mission.mission());
            }
            repository.saveMission(caseId, mission);
            caseFiles.touch(caseId, clock.instant());
        });
    }

    public void saveAction(MissionAction action) {
        if (action.title().isEmpty()) {
            throw new ValidationException("title", "mission.error.actionTitleRequired");
        }
        transactions.inTransaction(() -> {
            repository.saveAction(action);
            caseFiles.touch(action.caseId(), clock.instant());
        });
    }

    public void deleteAction(MissionAction action) {
        transactions.inTransaction(() -> {
            repository.deleteAction(action.id());
            caseFiles.touch(action.caseId(), clock.instant());
        });
    }

    public void saveIndicator(Indicator indicator) {
        if (indicator.label().isEmpty()) {
            throw new ValidationException("label", "indicator.error.labelRequired");
        }
        if (indicator.weight().signum() < 0) {
            throw new ValidationException("weight", "indicator.error.weightNegative");
        }
        for (var year : indicator.targets().keySet()) {
            if (year < 1 || year > Indicator.YEARS) {
                throw new ValidationException("targets", "indicator.error.year", year);
            }
        }
        checkTerms(indicator);
        transactions.inTransaction(() -> {
            repository.saveIndicator(indicator);
            caseFiles.touch(indicator.caseId(), clock.instant());
        });
    }

    /**
     * The contract's terms of an indicator must be payable: no negative amount, no tiers on a
     * yes/no indicator, one tier per threshold, and a more demanding tier never pays less.
     */
    public static void checkTerms(Indicator indicator) {
        if (indicator.amount() != null && indicator.amount().signum() < 0) {
            throw new ValidationException("amount", "indicator.error.amountNegative");
        }
        if (indicator.tiers().isEmpty()) {
            return;
        }
        if (indicator.direction() == Direction.YES_NO) {
            throw new ValidationException("tiers", "indicator.error.tiersYesNo");
        }
        Set<BigDecimal> thresholds = new HashSet<>();
        BigDecimal previous = null;
        for (IndicatorTier tier : IndicatorTerms.byDemand(indicator)) {
            if (tier.amount().signum() < 0) {
                throw new ValidationException("tiers", "indicator.error.amountNegative");
            }
            if (!thresholds.add(tier.threshold().stripTrailingZeros())) {
                throw new ValidationException("tiers", "indicator.error.tierDuplicate", tier.threshold());
            }
            if (previous != null && tier.amount().compareTo(previous) < 0) {
                throw new ValidationException("tiers", "indicator.error.tierDecreasing", tier.threshold());
            }
            previous = tier.amount();
        }
    }

    public void deleteIndicator(Indicator indicator) {
        transactions.inTransaction(() -> {
            repository.deleteIndicator(indicator.id());
            caseFiles.touch(indicator.caseId(), clock.instant());
        });
    }

    /** The referent replaces a mission's rate for a year; a reason is required, the rate is in [0, 1]. */
    public void overrideRate(UUID caseId, RateOverride override) {
        if (override.reason() == null || override.reason().isBlank()) {
            throw new ValidationException("reason", "mission.error.overrideReasonRequired");
        }
        if (override.rate().signum() < 0 || override.rate().compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("rate", "mission.error.rateRange");
        }
        transactions.inTransaction(() -> {
            repository.saveOverride(caseId, override);
            caseFiles.touch(caseId, clock.instant());
        });
    }

    public void clearOverride(UUID caseId, Mission mission, int contractYear) {
        transactions.inTransaction(() -> {
            repository.deleteOverride(caseId, mission, contractYear);
            caseFiles.touch(caseId, clock.instant());
        });
    }

    /** The rates the funding engine uses: one per chosen mission and year where a rate is known. */
    public static List<AchievementRate> achievementRates(MissionContent content) {
        List<AchievementRate> rates = new ArrayList<>();
        for (CaseMission mission : content.chosen()) {
            for (int year = 1; year <= Indicator.YEARS; year++) {
                MissionRate rate = content.rate(mission.mission(), year);
                if (rate.rate() != null) {
                    rates.add(new AchievementRate(mission.mission(), year, rate.rate()));
                }
            }
        }
        return rates;
    }

    /**
     * What each chosen mission's variable part earned indicator by indicator, for the missions
     * whose indicators state amounts: one entry per contract year where at least one such
     * indicator is measured, the sum of the amounts earned that year (see {@link IndicatorTerms};
     * to the cent). The funding engine pays these instead of the annual amount × rate, capped at
     * the mission's annual variable amount.
     */
    public static List<EarnedAmount> earnedAmounts(MissionContent content) {
        List<EarnedAmount> earned = new ArrayList<>();
        for (CaseMission mission : content.chosen()) {
            List<Indicator> stating = content.indicatorsOf(mission.mission()).stream()
                    .filter(Indicator::statesAmount).toList();
            for (int year = 1; year <= Indicator.YEARS && !stating.isEmpty(); year++) {
                int k = year;
                List<BigDecimal> amounts = stating.stream().map(i -> IndicatorTerms.earned(i, k))
                        .flatMap(Optional::stream).toList();
                if (!amounts.isEmpty()) {
                    earned.add(new EarnedAmount(mission.mission(), year, sum(amounts)));
                }
            }
        }
        return earned;
    }

    /**
     * The most each chosen mission whose indicators state amounts can earn in each contract year
     * 1..5: the sum of the best tier (or amount) of each of its indicators that can be assessed
     * that year — the maximum the annex shows.
     */
    public static List<EarnedAmount> maximumEarnable(MissionContent content) {
        List<EarnedAmount> maxima = new ArrayList<>();
        for (CaseMission mission : content.chosen()) {
            List<Indicator> stating = content.indicatorsOf(mission.mission()).stream()
                    .filter(Indicator::statesAmount).toList();
            for (int year = 1; year <= Indicator.YEARS && !stating.isEmpty(); year++) {
                int k = year;
                maxima.add(new EarnedAmount(mission.mission(), year, sum(stating.stream()
                        .map(i -> IndicatorTerms.maximum(i, k)).flatMap(Optional::stream).toList())));
            }
        }
        return maxima;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return IndicatorTerms.euros(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
