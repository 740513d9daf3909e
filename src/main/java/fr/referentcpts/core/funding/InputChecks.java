package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses an input the engine cannot compute, with a {@link ValidationException} naming the
 * field as the command-line input file names it ({@code missions[1].startDate}).
 */
final class InputChecks {
    private InputChecks() {
    }

    static void checkBasics(FundingInput input) {
        if (input.population() < 0) {
            throw new ValidationException("population", "funding.error.populationNegative", "population",
                    Long.toString(input.population()));
        }
        if (input.signatureDate() == null) {
            throw new ValidationException("signatureDate", "funding.error.signatureDateRequired", "signatureDate");
        }
        if (input.sizeClassOverride() != null && input.overrideReason().isBlank()) {
            throw new ValidationException("sizeClassOverrideReason", "funding.error.overrideReasonRequired",
                    "sizeClassOverrideReason");
        }
    }

    static void checkVersion(RulesVersion rules, LocalDate signature) {
        if (rules.inForce().isAfter(signature)) {
            throw new ValidationException("rulesVersion", "funding.error.versionNotYetInForce", "rulesVersion",
                    rules.id(), FrenchFormat.date(rules.inForce()), FrenchFormat.date(signature));
        }
    }

    /** The missions with their effective start dates (null start: the signature). */
    static List<MissionChoice> checkMissions(FundingInput input, RulesVersion rules, ContractTerm term) {
        List<MissionChoice> effective = new ArrayList<>();
        Set<Mission> seen = EnumSet.noneOf(Mission.class);
        for (int i = 0; i < input.missions().size(); i++) {
            MissionChoice choice = input.missions().get(i);
            String field = "missions[" + i + "]";
            Mission mission = choice.mission();
            MissionRule rule = rules.mission(mission).orElseThrow(() -> new ValidationException(field + ".code",
                    "funding.error.missionNotOffered", field + ".code", mission.name(), rules.id()));
            if (!seen.add(mission)) {
                throw new ValidationException(field + ".code", "funding.error.missionDuplicated", field + ".code",
                        mission.name());
            }
            LocalDate start = choice.startDate() == null ? term.signature() : choice.startDate();
            checkStart(field + ".startDate", start, rule, term);
            if (choice.snpOrientation() && rules.line(new LineKey(mission, Component.SNP_ORIENTATION)).isEmpty()) {
                throw new ValidationException(field + ".snpOrientation", "funding.error.snpOrientationNotOffered",
                        field + ".snpOrientation", mission.name());
            }
            effective.add(new MissionChoice(mission, start, choice.snpOrientation()));
        }
        return effective;
    }

    static void checkStart(String field, LocalDate start, MissionRule rule, ContractTerm term) {
        if (start.isBefore(term.signature())) {
            throw new ValidationException(field, "funding.error.startBeforeSignature", field,
                    FrenchFormat.date(start), FrenchFormat.date(term.signature()));
        }
        if (!start.isBefore(term.end())) {
            throw new ValidationException(field, "funding.error.startAfterContractEnd", field,
                    FrenchFormat.date(start), FrenchFormat.date(term.end()));
        }
        if (rule.availableFrom() != null && start.isBefore(rule.availableFrom())) {
            throw new ValidationException(field, "funding.error.startBeforeMissionAvailable", field,
                    rule.mission().name(), FrenchFormat.date(rule.availableFrom()));
        }
    }

    static void checkAchievements(FundingInput input, ContractTerm term) {
        for (int i = 0; i < input.achievements().size(); i++) {
            int year = input.achievements().get(i).contractYear();
            if (year < 1 || year > term.years()) {
                String field = "achievement[" + i + "].contractYear";
                throw new ValidationException(field, "funding.error.contractYearOutOfRange", field,
                        Integer.toString(year), Integer.toString(term.years()));
            }
        }
    }

    /** The contract's own amounts name lines of its versions (as signed or amended) and are not negative. */
    static void checkContractAmounts(Map<LineKey, ContractAmount> amounts, List<RulesVersion> versions) {
        for (Map.Entry<LineKey, ContractAmount> entry : amounts.entrySet()) {
            boolean known = false;
            for (RulesVersion version : versions) {
                known = known || version.line(entry.getKey()).isPresent();
            }
            if (known && entry.getValue().amount().signum() >= 0) {
                continue;
            }
            String field = "confirmedAmounts[" + entry.getKey().code() + "]";
            if (!known) {
                throw new ValidationException(field, "funding.error.amountUnknownLine", field,
                        entry.getKey().code(), versions.getFirst().id());
            }
            throw new ValidationException(field, "funding.error.amountNegative", field);
        }
    }

    /** The letter of intent is validated before the contract is signed. */
    static void checkLetter(FundingInput input) {
        LocalDate letter = input.letterOfIntentValidated();
        if (letter != null && letter.isAfter(input.signatureDate())) {
            throw new ValidationException("letterOfIntentValidated", "funding.error.letterAfterSignature",
                    "letterOfIntentValidated", FrenchFormat.date(letter), FrenchFormat.date(input.signatureDate()));
        }
    }

    /**
     * The amendments in order of effect: each strictly after the signature and before the
     * contract's end, two never on the same date; crisis recognitions within the contract.
     */
    static List<ContractAmendment> checkAmendments(FundingInput input, ContractTerm term) {
        for (int i = 0; i < input.crisisRecognitions().size(); i++) {
            LocalDate date = input.crisisRecognitions().get(i).date();
            if (date.isBefore(term.signature()) || !date.isBefore(term.end())) {
                String field = "crisisRecognitions[" + i + "].date";
                throw new ValidationException(field, "funding.error.crisisOutsideContract", field,
                        FrenchFormat.date(date), FrenchFormat.date(term.signature()), FrenchFormat.date(term.end()));
            }
        }
        Set<LocalDate> dates = new java.util.HashSet<>();
        for (int i = 0; i < input.amendments().size(); i++) {
            LocalDate date = input.amendments().get(i).effectiveDate();
            String field = "amendments[" + i + "].effectiveDate";
            if (!date.isAfter(term.signature()) || !date.isBefore(term.end())) {
                throw new ValidationException(field, "funding.error.amendmentOutsideContract", field,
                        FrenchFormat.date(date), FrenchFormat.date(term.signature()), FrenchFormat.date(term.end()));
            }
            if (!dates.add(date)) {
                throw new ValidationException(field, "funding.error.amendmentSameDate", field, FrenchFormat.date(date));
            }
        }
        return input.amendments().stream().sorted(java.util.Comparator.comparing(ContractAmendment::effectiveDate))
                .toList();
    }
}
