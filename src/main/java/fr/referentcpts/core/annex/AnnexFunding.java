package fr.referentcpts.core.annex;

import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The funding engine's input for a case as its annexes state it: the population retained (or the
 * territory's total with the sources and vintages of its communes), the signature date, the
 * pinned rules version, the chosen missions with their start dates and SNP option, the amounts
 * entered for lines « à confirmer ». Variable parts are taken at 100 % achievement: the annex
 * states the maximum the contract can pay, not what a later year achieved.
 */
public final class AnnexFunding {
    private AnnexFunding() {
    }

    /**
     * The date the calendar counts from: the signature date, or while it is not fixed, a
     * provisional one (the generation date, or the earliest mission start if that is sooner).
     */
    public static LocalDate calendarStart(ContractParties parties, MissionContent missions, LocalDate generatedOn) {
        if (parties.signatureDate() != null) {
            return parties.signatureDate();
        }
        return missions.chosen().stream().map(CaseMission::startDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).filter(d -> d.isBefore(generatedOn)).orElse(generatedOn);
    }

    public static FundingInput input(ContractParties parties, Territory territory, MissionContent missions,
            Map<LineKey, BigDecimal> enteredAmounts, LocalDate signatureDate) {
        PopulationFigure population = parties.population() != null ? parties.population()
                : new PopulationFigure(territory.totalPopulation(), joined(territory, TerritoryCommune::populationSource),
                        String.join(", ", territory.vintages()));
        FundingInput.Builder input = FundingInput.builder(population.population(), signatureDate)
                .populationSource(population.source(), population.vintage())
                .rulesVersion(parties.rulesVersionId())
                .defaultAchievement(BigDecimal.ONE);
        for (CaseMission mission : missions.chosen()) {
            input.mission(new MissionChoice(mission.mission(), mission.startDate(), mission.snpOrientation()));
        }
        enteredAmounts.forEach(input::enteredAmount);
        return input.build();
    }

    private static String joined(Territory territory, java.util.function.Function<TerritoryCommune, String> field) {
        return territory.communes().stream().map(field).filter(s -> !s.isEmpty()).distinct().sorted()
                .collect(Collectors.joining(", "));
    }
}
