package fr.referentcpts.core.workflow;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.FundingResult;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.MissionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way from a case file to its money, for Financement, Paiements, the annexes, the
 * amendments, the agenda and the command line alike:
 * <ul>
 * <li>population: the figure confirmed at negotiation, else the territory's total (with the
 * communes' sources and vintages);</li>
 * <li>signature date: the negotiation's, else a provisional one (today, or the earliest mission
 * start if sooner);</li>
 * <li>rules version: the one the case was signed with (its first final annex), else the pinned
 * one as the cellule last confirmed it, else the version in force at signature, likewise;</li>
 * <li>size class imposed, with its reason; missions with their start dates and SNP option;</li>
 * <li>the contract's own amounts; the letter of intent's validation date;</li>
 * <li>for the contract as it runs ({@link Purpose#FOLLOW_UP}): the achievement rates measured,
 * the amounts earned indicator by indicator, the crises the ARS recognised and the amendments;
 * for its terms ({@link Purpose#TERMS}, what the annexes print): variable parts at their
 * maximum (the best tier of each indicator where the contract states amounts), no crisis, no
 * amendment.</li>
 * </ul>
 */
public final class ContractFunding {
    /** What the funding is computed for. */
    public enum Purpose {
        /** The contract's terms as its annexes state them. */
        TERMS,
        /** The contract as it runs, year after year. */
        FOLLOW_UP
    }

    private ContractFunding() {
    }

    /** True while the signature date is not fixed: the calendar then counts from {@link #calendarStart}. */
    public static boolean provisional(CaseSnapshot snapshot) {
        return snapshot.signatureDate() == null;
    }

    /**
     * The date the calendar counts from: the signature date, or while it is not fixed, today — or
     * the earliest mission start if that is sooner.
     */
    public static LocalDate calendarStart(CaseSnapshot snapshot, LocalDate today) {
        if (snapshot.signatureDate() != null) {
            return snapshot.signatureDate();
        }
        return snapshot.missions().chosen().stream().map(CaseMission::startDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).filter(d -> d.isBefore(today)).orElse(today);
    }

    /**
     * The rules version a case is computed with: the version of its first final annex (a signed
     * contract keeps the amounts it was signed with); else the pinned version, or by default the
     * one in force at the signature date (today before), each as the cellule last confirmed it.
     */
    public static RulesVersion rules(CaseSnapshot snapshot, RulesCatalog catalog, LocalDate today) {
        String signed = snapshot.contract().signedRulesVersionId();
        if (signed != null && catalog.find(signed).isPresent()) {
            return catalog.find(signed).get();
        }
        String pinned = snapshot.negotiation().rulesVersionId();
        if (pinned != null && catalog.find(pinned).isPresent()) {
            return catalog.latest(catalog.find(pinned).get());
        }
        return catalog.defaultAt(snapshot.signatureDate() != null ? snapshot.signatureDate() : today);
    }

    /**
     * The contract as it runs today, as the « Financement » tab shows it: nothing while the case
     * has no territory yet; until the case records its signature date, the contract is projected
     * from a provisional date.
     */
    public static java.util.Optional<FundingInput> current(CaseSnapshot s, RulesCatalog catalog, LocalDate today) {
        if (s.territory().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(input(s, Purpose.FOLLOW_UP, catalog, today));
    }

    /**
     * The terms as signed, which the annexes print: the contract's own amounts of the signed
     * version's lines only — a line an amendment brought (the crisis mission's) is printed with
     * that amendment.
     */
    public static FundingInput signedTerms(CaseSnapshot s, RulesCatalog catalog, LocalDate today) {
        FundingInput terms = input(s, Purpose.TERMS, catalog, today);
        RulesVersion version = rules(s, catalog, today);
        Map<LineKey, ContractAmount> amounts = new LinkedHashMap<>();
        terms.contractAmounts().forEach((line, amount) -> {
            if (version.line(line).isPresent()) {
                amounts.put(line, amount);
            }
        });
        return terms.withContractAmounts(amounts);
    }

    /** The funding input of a case for {@code purpose}, on its signature date or a provisional one. */
    public static FundingInput input(CaseSnapshot s, Purpose purpose, RulesCatalog catalog, LocalDate today) {
        LocalDate start = calendarStart(s, today);
        Negotiation negotiation = s.negotiation();
        FundingInput.Builder builder;
        if (negotiation.confirmedPopulation() != null) {
            builder = FundingInput.builder(negotiation.confirmedPopulation(), start)
                    .populationSource(negotiation.populationSource(), negotiation.populationVintage());
        } else {
            builder = FundingInput.builder(s.territory().totalPopulation(), start)
                    .populationSource(String.join(", ", s.territory().sources()),
                            String.join(", ", s.territory().vintages()));
        }
        builder.rulesVersion(rules(s, catalog, today).id());
        if (negotiation.sizeClassOverride() != null) {
            builder.sizeClassOverride(negotiation.sizeClassOverride(), negotiation.overrideReason());
        }
        for (CaseMission mission : s.missions().chosen()) {
            builder.mission(new MissionChoice(mission.mission(), mission.startDate(), mission.snpOrientation()));
        }
        s.contractAmounts().forEach(builder::contractAmount);
        LetterOfIntent letter = s.letter();
        if (letter.decision() == LetterDecision.VALIDATED && letter.decisionDate() != null
                && !letter.decisionDate().isAfter(start)) {
            builder.letterOfIntentValidated(letter.decisionDate());
        }
        if (purpose == Purpose.TERMS) {
            builder.defaultAchievement(BigDecimal.ONE);
            MissionService.maximumEarnable(s.missions())
                    .forEach(e -> builder.earned(e.mission(), e.contractYear(), e.amount()));
        } else {
            MissionService.achievementRates(s.missions())
                    .forEach(rate -> builder.achievement(rate.mission(), rate.contractYear(), rate.rate()));
            MissionService.earnedAmounts(s.missions())
                    .forEach(e -> builder.earned(e.mission(), e.contractYear(), e.amount()));
            s.contract().crises().forEach(c -> builder.crisisRecognition(c.recognition()));
            s.contract().amendments().forEach(a -> builder.amendment(a.terms()));
        }
        return builder.build();
    }

    /**
     * The contract as it runs once its signature date is known: the result, or why it cannot be
     * computed (a start date before signature, a version not yet in force…); empty before.
     */
    public static Optional<Outcome> compute(CaseSnapshot snapshot, FundingEngine engine) {
        if (snapshot.signatureDate() == null) {
            return Optional.empty();
        }
        try {
            FundingInput input = input(snapshot, Purpose.FOLLOW_UP, engine.catalog(), snapshot.signatureDate());
            return Optional.of(new Outcome(engine.compute(input), null));
        } catch (DomainException e) {
            return Optional.of(new Outcome(null, new Phrase(e.messageKey(), List.of(e.arguments()))));
        }
    }

    /** A computed funding, or the reason it could not be. */
    public record Outcome(FundingResult result, Phrase problem) {
        public boolean computed() {
            return result != null;
        }
    }
}
