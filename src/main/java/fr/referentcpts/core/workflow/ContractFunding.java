package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.missions.MissionService;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where a case file's data becomes a {@link FundingInput}, for the deadlines, the
 * « Financement » view and the contract annex alike:
 * <ul>
 * <li>population: the figure confirmed at negotiation, else the territory's total (with the
 * communes' sources and vintages);</li>
 * <li>signature date: the negotiation's (or an assumed one for a simulation before signature);</li>
 * <li>rules version: the one pinned at negotiation, else the engine's default (in force at signature);</li>
 * <li>size class imposed, with its reason;</li>
 * <li>missions chosen with their start dates (none: at signature) and the SNP orientation option;</li>
 * <li>achievement rates: {@link MissionService#achievementRates(MissionContent)} (default 100 %);</li>
 * <li>amounts entered for the lines « à confirmer ».</li>
 * </ul>
 */
public final class ContractFunding {
    private ContractFunding() {
    }

    /** The input of a contract signed (or assumed signed) on {@code signatureDate}. */
    public static FundingInput input(Territory territory, Negotiation negotiation, MissionContent missions,
            Map<LineKey, BigDecimal> enteredAmounts, LocalDate signatureDate) {
        Objects.requireNonNull(signatureDate, "signatureDate");
        FundingInput.Builder builder;
        if (negotiation.confirmedPopulation() != null) {
            builder = FundingInput.builder(negotiation.confirmedPopulation(), signatureDate)
                    .populationSource(negotiation.populationSource(), negotiation.populationVintage());
        } else {
            builder = FundingInput.builder(territory.totalPopulation(), signatureDate)
                    .populationSource(territory.communes().stream().map(TerritoryCommune::populationSource)
                            .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(" ; ")),
                            String.join(", ", territory.vintages()));
        }
        builder.rulesVersion(negotiation.rulesVersionId());
        if (negotiation.sizeClassOverride() != null) {
            builder.sizeClassOverride(negotiation.sizeClassOverride(), negotiation.overrideReason());
        }
        for (CaseMission mission : missions.chosen()) {
            builder.mission(new MissionChoice(mission.mission(), mission.startDate(), mission.snpOrientation()));
        }
        MissionService.achievementRates(missions)
                .forEach(rate -> builder.achievement(rate.mission(), rate.contractYear(), rate.rate()));
        enteredAmounts.forEach(builder::enteredAmount);
        return builder.build();
    }

    /** The input of a case file whose signature date is known. */
    public static Optional<FundingInput> input(CaseSnapshot snapshot) {
        return Optional.ofNullable(snapshot.signatureDate()).map(date -> input(snapshot.territory(),
                snapshot.negotiation(), snapshot.missions(), snapshot.enteredAmounts(), date));
    }

    /**
     * The contract's funding once its signature date is known: the result, or why it cannot be
     * computed (a start date before signature, a version not yet in force…); empty before.
     */
    public static Optional<Outcome> compute(CaseSnapshot snapshot, FundingEngine engine) {
        return input(snapshot).map(input -> {
            try {
                return new Outcome(engine.compute(input), null);
            } catch (DomainException e) {
                return new Outcome(null, new Phrase(e.messageKey(), java.util.List.of(e.arguments())));
            }
        });
    }

    /**
     * The rules version whose missions a case must take on: the pinned one, else the one in force
     * at the signature date, or today before signature.
     */
    public static RulesVersion rules(CaseSnapshot snapshot, RulesCatalog catalog, LocalDate today) {
        Negotiation negotiation = snapshot.negotiation();
        if (negotiation.rulesVersionId() != null) {
            Optional<RulesVersion> pinned = catalog.find(negotiation.rulesVersionId());
            if (pinned.isPresent()) {
                return pinned.get();
            }
        }
        return catalog.versionInForceAt(snapshot.signatureDate() != null ? snapshot.signatureDate() : today);
    }

    /** A computed funding, or the reason it could not be. */
    public record Outcome(FundingResult result, Phrase problem) {
        public boolean computed() {
            return result != null;
        }
    }
}
