package fr.referentcpts.ui.funding;

import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What-if parameters applied over the case's own funding input, never written back: a uniform
 * achievement rate, another signature date, optional missions on or off, the SNP orientation
 * option, amounts for lines « à confirmer ».
 */
public final class FundingSimulation {
    private BigDecimal achievement;
    private LocalDate signatureDate;
    private final Set<Mission> added = EnumSet.noneOf(Mission.class);
    private final Set<Mission> removed = EnumSet.noneOf(Mission.class);
    private Boolean snpOrientation;
    private final Map<LineKey, BigDecimal> amounts = new LinkedHashMap<>();

    /** Null: the rates of the case (indicators, overrides). */
    public void achievement(BigDecimal rate) {
        this.achievement = rate;
    }

    /** Null: the case's signature date. */
    public void signatureDate(LocalDate date) {
        this.signatureDate = date;
    }

    public void mission(Mission mission, boolean on, boolean inCase) {
        added.remove(mission);
        removed.remove(mission);
        if (on && !inCase) {
            added.add(mission);
        } else if (!on && inCase) {
            removed.add(mission);
        }
    }

    /** Null: the case's option. */
    public void snpOrientation(Boolean option) {
        this.snpOrientation = option;
    }

    public void amount(LineKey line, BigDecimal annual) {
        if (annual == null) {
            amounts.remove(line);
        } else {
            amounts.put(line, annual);
        }
    }

    public void reset() {
        achievement = null;
        signatureDate = null;
        added.clear();
        removed.clear();
        snpOrientation = null;
        amounts.clear();
    }

    /** True when any parameter differs from the case: the result is « simulation non contractuelle ». */
    public boolean active() {
        return achievement != null || signatureDate != null || !added.isEmpty() || !removed.isEmpty()
                || snpOrientation != null || !amounts.isEmpty();
    }

    public FundingInput apply(FundingInput base) {
        FundingInput.Builder builder = base.toBuilder();
        LocalDate signature = signatureDate != null ? signatureDate : base.signatureDate();
        builder.signatureDate(signature);
        builder.clearMissions();
        for (MissionChoice choice : base.missions()) {
            if (removed.contains(choice.mission())) {
                continue;
            }
            LocalDate start = choice.startDate() == null || choice.startDate().isBefore(signature) ? null
                    : choice.startDate();
            boolean snp = snpOrientation != null && choice.mission() == Mission.ACCESS ? snpOrientation
                    : choice.snpOrientation();
            builder.mission(new MissionChoice(choice.mission(), start, snp));
        }
        for (Mission mission : added) {
            builder.mission(MissionChoice.atSignature(mission));
        }
        if (achievement != null) {
            builder.defaultAchievement(achievement);
            builder.clearAchievements();
        }
        for (Map.Entry<LineKey, BigDecimal> entry : amounts.entrySet()) {
            builder.enteredAmount(entry.getKey(), entry.getValue());
        }
        return builder.build();
    }
}
