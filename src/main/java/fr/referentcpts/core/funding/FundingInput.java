package fr.referentcpts.core.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the funding engine needs to compute a contract's funding.
 *
 * @param population              the territory's population used at signature
 * @param populationSource        where it comes from (« INSEE population municipale »), may be empty
 * @param populationVintage       its vintage (« 2022 »), may be empty
 * @param sizeClassOverride       a size class imposed instead of the population's (null: none)
 * @param overrideReason          why (required with an override)
 * @param signatureDate           the contract's signature date: anniversaries and deadlines count from it
 * @param rulesVersionId          the pinned rules version (null: the version in force at signature)
 * @param missions                the missions chosen, in any order
 * @param defaultAchievement      the achievement rate where none is given (1 = 100 %)
 * @param achievements            rates per mission and contract year
 * @param contractAmounts         annual amounts this contract states itself, line by line
 * @param earned                  variable parts earned indicator by indicator, per mission and year
 * @param crisisRecognitions      serious health crises recognised by the ARS
 * @param letterOfIntentValidated the date the letter of intent was validated (null: not known)
 * @param amendments              the amendments to the contract, in any order
 */
public record FundingInput(long population, String populationSource, String populationVintage,
        SizeClass sizeClassOverride, String overrideReason, LocalDate signatureDate, String rulesVersionId,
        List<MissionChoice> missions, BigDecimal defaultAchievement, List<AchievementRate> achievements,
        Map<LineKey, ContractAmount> contractAmounts, List<EarnedAmount> earned,
        List<CrisisRecognition> crisisRecognitions, LocalDate letterOfIntentValidated,
        List<ContractAmendment> amendments) {

    /** The same input with only {@code amounts} as the contract's own amounts. */
    public FundingInput withContractAmounts(Map<LineKey, ContractAmount> amounts) {
        return new FundingInput(population, populationSource, populationVintage, sizeClassOverride, overrideReason,
                signatureDate, rulesVersionId, missions, defaultAchievement, achievements, amounts, earned,
                crisisRecognitions, letterOfIntentValidated, amendments);
    }

    public FundingInput {
        populationSource = populationSource == null ? "" : populationSource;
        populationVintage = populationVintage == null ? "" : populationVintage;
        overrideReason = overrideReason == null ? "" : overrideReason;
        missions = List.copyOf(missions);
        defaultAchievement = defaultAchievement == null ? BigDecimal.ONE : defaultAchievement;
        achievements = List.copyOf(achievements);
        contractAmounts = Collections.unmodifiableMap(new LinkedHashMap<>(contractAmounts));
        earned = List.copyOf(earned);
        crisisRecognitions = List.copyOf(crisisRecognitions);
        amendments = List.copyOf(amendments);
    }

    public static Builder builder(long population, LocalDate signatureDate) {
        return new Builder(population, signatureDate);
    }

    /** A copy to change a few fields, e.g. for a what-if simulation. */
    public Builder toBuilder() {
        Builder builder = new Builder(population, signatureDate)
                .populationSource(populationSource, populationVintage)
                .rulesVersion(rulesVersionId)
                .defaultAchievement(defaultAchievement)
                .letterOfIntentValidated(letterOfIntentValidated);
        builder.sizeClassOverride = sizeClassOverride;
        builder.overrideReason = overrideReason;
        builder.missions.addAll(missions);
        builder.achievements.addAll(achievements);
        builder.contractAmounts.putAll(contractAmounts);
        builder.earned.addAll(earned);
        builder.crisisRecognitions.addAll(crisisRecognitions);
        builder.amendments.addAll(amendments);
        return builder;
    }

    /** Builds a {@link FundingInput} step by step (screens, tests, the benchmark). */
    public static final class Builder {
        private long population;
        private LocalDate signatureDate;
        private String populationSource = "";
        private String populationVintage = "";
        private SizeClass sizeClassOverride;
        private String overrideReason = "";
        private String rulesVersionId;
        private BigDecimal defaultAchievement = BigDecimal.ONE;
        private LocalDate letterOfIntentValidated;
        private final List<MissionChoice> missions = new ArrayList<>();
        private final List<AchievementRate> achievements = new ArrayList<>();
        private final Map<LineKey, ContractAmount> contractAmounts = new LinkedHashMap<>();
        private final List<EarnedAmount> earned = new ArrayList<>();
        private final List<CrisisRecognition> crisisRecognitions = new ArrayList<>();
        private final List<ContractAmendment> amendments = new ArrayList<>();

        private Builder(long population, LocalDate signatureDate) {
            this.population = population;
            this.signatureDate = signatureDate;
        }

        public Builder population(long value) {
            this.population = value;
            return this;
        }

        public Builder signatureDate(LocalDate value) {
            this.signatureDate = value;
            return this;
        }

        public Builder populationSource(String source, String vintage) {
            this.populationSource = source;
            this.populationVintage = vintage;
            return this;
        }

        public Builder sizeClassOverride(SizeClass sizeClass, String reason) {
            this.sizeClassOverride = sizeClass;
            this.overrideReason = reason;
            return this;
        }

        public Builder rulesVersion(String id) {
            this.rulesVersionId = id;
            return this;
        }

        public Builder mission(MissionChoice choice) {
            missions.add(choice);
            return this;
        }

        /** Missions starting at signature, without the SNP orientation option. */
        public Builder missions(Mission... chosen) {
            for (Mission mission : chosen) {
                missions.add(MissionChoice.atSignature(mission));
            }
            return this;
        }

        public Builder clearMissions() {
            missions.clear();
            return this;
        }

        public Builder defaultAchievement(BigDecimal rate) {
            this.defaultAchievement = rate;
            return this;
        }

        public Builder achievement(Mission mission, int contractYear, BigDecimal rate) {
            achievements.add(new AchievementRate(mission, contractYear, rate));
            return this;
        }

        public Builder clearAchievements() {
            achievements.clear();
            earned.clear();
            return this;
        }

        /** An annual amount the contract states for {@code line}, with who entered it and why. */
        public Builder contractAmount(LineKey line, ContractAmount amount) {
            contractAmounts.put(line, amount);
            return this;
        }

        /** Shorthand of {@link #contractAmount} without who and why (the command line's input). */
        public Builder enteredAmount(LineKey line, BigDecimal annualAmount) {
            return contractAmount(line, ContractAmount.of(annualAmount));
        }

        public Builder earned(Mission mission, int contractYear, BigDecimal amount) {
            earned.add(new EarnedAmount(mission, contractYear, amount));
            return this;
        }

        public Builder crisisRecognition(CrisisRecognition recognition) {
            crisisRecognitions.add(recognition);
            return this;
        }

        public Builder letterOfIntentValidated(LocalDate date) {
            this.letterOfIntentValidated = date;
            return this;
        }

        public Builder amendment(ContractAmendment amendment) {
            amendments.add(amendment);
            return this;
        }

        public FundingInput build() {
            return new FundingInput(population, populationSource, populationVintage, sizeClassOverride,
                    overrideReason, signatureDate, rulesVersionId, missions, defaultAchievement, achievements,
                    contractAmounts, earned, crisisRecognitions, letterOfIntentValidated, amendments);
        }
    }
}
