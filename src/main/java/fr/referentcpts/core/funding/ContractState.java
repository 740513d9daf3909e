package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terms of a contract from one date on: as signed, or as an amendment left them (rules
 * version, size class, missions with their start dates, the operating complement). Each state
 * gives its envelope and the calendar it would pay over the whole term; the engine keeps, of
 * each, the payments due from its date.
 */
final class ContractState {
    /** The envelope of a state, the payments it gives and the deadlines of the missions it brings. */
    record Calendar(BaremeLookup.Envelope envelope, List<Payment> payments, List<MissionDeadline> deadlines) {
    }

    private final RulesVersion rules;
    private final ContractTerm term;
    private final SizeClassDecision sizeDecision;
    private final SizeClass size;
    private final List<MissionChoice> missions;
    private final List<MissionChoice> added;
    private final LocalDate complementFrom;
    private final LocalDate from;

    private ContractState(RulesVersion rules, ContractTerm term, SizeClassDecision sizeDecision, SizeClass size,
            List<MissionChoice> missions, List<MissionChoice> added, LocalDate complementFrom, LocalDate from) {
        this.rules = rules;
        this.term = term;
        this.sizeDecision = sizeDecision;
        this.size = size;
        this.missions = List.copyOf(missions);
        this.added = List.copyOf(added);
        this.complementFrom = complementFrom;
        this.from = from;
    }

    /** The contract as signed. */
    static ContractState signed(FundingInput input, RulesVersion rules, ContractTerm term) {
        List<MissionChoice> missions = InputChecks.checkMissions(input, rules, term);
        SizeClass fromPopulation = rules.sizeClasses().classify(input.population());
        SizeClass applied = input.sizeClassOverride() != null ? input.sizeClassOverride() : fromPopulation;
        SizeClassDecision decision = new SizeClassDecision(input.population(), input.populationSource(),
                input.populationVintage(), fromPopulation, applied,
                input.sizeClassOverride() != null ? input.overrideReason() : "");
        return new ContractState(rules, term, decision, applied, missions, missions, null, term.signature());
    }

    RulesVersion rules() {
        return rules;
    }

    SizeClassDecision sizeDecision() {
        return sizeDecision;
    }

    SizeClass size() {
        return size;
    }

    List<MissionChoice> missions() {
        return missions;
    }

    /** The envelope and the whole calendar these terms would give. */
    Calendar calendar(FundingInput input) {
        boolean signedState = from.equals(term.signature());
        LocalDate letter = signedState && input.letterOfIntentValidated() != null
                && !input.letterOfIntentValidated().isBefore(rules.inForce()) ? input.letterOfIntentValidated() : null;
        BaremeLookup.Envelope envelope = BaremeLookup.envelope(rules, size,
                new BaremeLookup.Scope(term.signature(), letter, complementFrom), missions, input.contractAmounts());
        PaymentScheduleBuilder schedule = new PaymentScheduleBuilder(term, rules.schedule(),
                new Achievements(input.defaultAchievement(), input.achievements(), input.earned()),
                input.crisisRecognitions());
        List<Payment> payments = new ArrayList<>();
        envelope.scheduled().forEach(line -> payments.addAll(schedule.payments(line)));
        return new Calendar(envelope, payments, MissionDeadlines.of(rules, from, added));
    }

    /** These terms as {@code amendment} changes them from its effective date; {@code field} names it in errors. */
    ContractState amended(ContractAmendment amendment, RulesCatalog catalog, String field) {
        LocalDate effective = amendment.effectiveDate();
        RulesVersion next = amendment.rulesVersionId() == null ? rules
                : catalog.get(amendment.rulesVersionId(), field + ".rulesVersion");
        if (next.inForce().isAfter(effective)) {
            throw new ValidationException(field + ".rulesVersion", "funding.error.amendmentVersionNotInForce",
                    field + ".rulesVersion", next.id(), FrenchFormat.date(next.inForce()), FrenchFormat.date(effective));
        }
        List<MissionChoice> changed = new ArrayList<>();
        for (MissionChoice mission : missions) {
            if (!next.offers(mission.mission())) {
                throw new ValidationException(field + ".rulesVersion", "funding.error.amendmentDropsMission",
                        field + ".rulesVersion", next.id(), mission.mission().name());
            }
            changed.add(mission);
        }
        for (int i = 0; i < amendment.missionStarts().size(); i++) {
            MissionChoice start = amendment.missionStarts().get(i);
            String path = field + ".missionStarts[" + i + "]";
            int index = indexOf(changed, start.mission()).orElseThrow(() -> new ValidationException(path + ".code",
                    "funding.error.amendmentUnknownMission", path + ".code", start.mission().name()));
            LocalDate date = checkedStart(start, effective, next, path);
            changed.set(index, new MissionChoice(start.mission(), date, changed.get(index).snpOrientation()));
        }
        List<MissionChoice> newMissions = new ArrayList<>();
        for (int i = 0; i < amendment.addMissions().size(); i++) {
            MissionChoice add = amendment.addMissions().get(i);
            String path = field + ".addMissions[" + i + "]";
            if (indexOf(changed, add.mission()).isPresent()) {
                throw new ValidationException(path + ".code", "funding.error.missionDuplicated", path + ".code",
                        add.mission().name());
            }
            if (!next.offers(add.mission())) {
                throw new ValidationException(path + ".code", "funding.error.missionNotOffered", path + ".code",
                        add.mission().name(), next.id());
            }
            MissionChoice chosen = new MissionChoice(add.mission(), checkedStart(add, effective, next, path),
                    add.snpOrientation());
            changed.add(chosen);
            newMissions.add(chosen);
        }
        LocalDate complement = complementFrom;
        if (amendment.operatingComplement() && complement == null) {
            checkComplement(next, field);
            complement = effective;
        }
        return new ContractState(next, term, sizeDecision, amendment.sizeClass() != null ? amendment.sizeClass() : size,
                changed, newMissions, complement, effective);
    }

    /** The operating complement exists in the version and this contract was signed early enough for it. */
    private void checkComplement(RulesVersion next, String field) {
        String path = field + ".operatingComplement";
        BaremeLine line = next.line(new LineKey(null, Component.OPERATING_COMPLEMENT))
                .orElseThrow(() -> new ValidationException(path, "funding.error.complementNotOffered", path, next.id()));
        if (line.signedBefore() != null && !term.signature().isBefore(line.signedBefore())) {
            throw new ValidationException(path, "funding.error.complementNotEligible", path,
                    FrenchFormat.date(term.signature()), FrenchFormat.date(line.signedBefore()));
        }
    }

    /** A start date from the amendment on, inside the contract, not before the mission exists. */
    private LocalDate checkedStart(MissionChoice choice, LocalDate effective, RulesVersion next, String path) {
        LocalDate start = choice.startDate() == null ? effective : choice.startDate();
        if (start.isBefore(effective)) {
            throw new ValidationException(path + ".startDate", "funding.error.amendmentStartBeforeEffective",
                    path + ".startDate", FrenchFormat.date(start), FrenchFormat.date(effective));
        }
        InputChecks.checkStart(path + ".startDate", start, next.mission(choice.mission()).orElseThrow(), term);
        return start;
    }

    private static Optional<Integer> indexOf(List<MissionChoice> missions, Mission mission) {
        for (int i = 0; i < missions.size(); i++) {
            if (missions.get(i).mission() == mission) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
