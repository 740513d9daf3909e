package fr.referentcpts.cli.funding;

import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.ContractAmendment;
import fr.referentcpts.core.funding.CrisisRecognition;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.io.funding.StrictJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the input file of {@code funding} (keys in README) into a {@link FundingInput}. Unknown
 * keys, malformed JSON, bad dates, unknown codes and rates outside [0, 1] are refused with a
 * French message naming the field; the engine checks the rest (negative population, start
 * dates outside the contract…).
 */
final class FundingInputReader {
    record InputJson(Long population, String populationSource, String populationVintage, String signatureDate,
            String rulesVersion, Integer sizeClassOverride, String sizeClassOverrideReason,
            BigDecimal defaultAchievement, List<MissionJson> missions, List<AchievementJson> achievement,
            List<AmountJson> confirmedAmounts, List<CrisisJson> crisisRecognitions, String letterOfIntentValidated,
            List<AmendmentJson> amendments) {
    }

    record CrisisJson(String date, String reference, String comment) {
    }

    record AmendmentJson(String effectiveDate, String rulesVersion, List<MissionJson> addMissions,
            List<MissionJson> missionStarts, Boolean operatingComplement, Integer sizeClass, String reason) {
    }

    record MissionJson(String code, String startDate, Boolean snpOrientation) {
    }

    record AchievementJson(String mission, Integer contractYear, BigDecimal rate) {
    }

    record AmountJson(String mission, String component, BigDecimal amount) {
    }

    private final String fileName;

    private FundingInputReader(String fileName) {
        this.fileName = fileName;
    }

    static FundingInput read(byte[] json, String fileName) {
        return new FundingInputReader(fileName).toInput(StrictJson.read(json, InputJson.class, fileName));
    }

    private FundingInput toInput(InputJson json) {
        long population = required(json.population(), "population");
        LocalDate signature = date(required(json.signatureDate(), "signatureDate"), "signatureDate");
        FundingInput.Builder input = FundingInput.builder(population, signature)
                .populationSource(json.populationSource(), json.populationVintage())
                .rulesVersion(json.rulesVersion())
                .defaultAchievement(rate(json.defaultAchievement() == null ? BigDecimal.ONE : json.defaultAchievement(),
                        "defaultAchievement"));
        if (json.sizeClassOverride() != null) {
            input.sizeClassOverride(sizeClass(json.sizeClassOverride(), "sizeClassOverride"),
                    json.sizeClassOverrideReason());
        }
        missions(json.missions(), "missions").forEach(input::mission);
        List<CrisisJson> crises = json.crisisRecognitions() == null ? List.of() : json.crisisRecognitions();
        for (int i = 0; i < crises.size(); i++) {
            String field = "crisisRecognitions[" + i + "]";
            CrisisJson c = required(crises.get(i), field);
            input.crisisRecognition(new CrisisRecognition(date(required(c.date(), field + ".date"), field + ".date"),
                    c.reference(), c.comment()));
        }
        if (json.letterOfIntentValidated() != null) {
            input.letterOfIntentValidated(date(json.letterOfIntentValidated(), "letterOfIntentValidated"));
        }
        List<AmendmentJson> amendments = json.amendments() == null ? List.of() : json.amendments();
        for (int i = 0; i < amendments.size(); i++) {
            String field = "amendments[" + i + "]";
            AmendmentJson a = required(amendments.get(i), field);
            LocalDate effective = date(required(a.effectiveDate(), field + ".effectiveDate"), field + ".effectiveDate");
            input.amendment(new ContractAmendment(i + 1, effective, a.rulesVersion(),
                    missions(a.addMissions(), field + ".addMissions"), missions(a.missionStarts(), field + ".missionStarts"),
                    Boolean.TRUE.equals(a.operatingComplement()), sizeClass(a.sizeClass(), field + ".sizeClass"),
                    a.reason()));
        }
        List<AchievementJson> achievements = json.achievement() == null ? List.of() : json.achievement();
        for (int i = 0; i < achievements.size(); i++) {
            String field = "achievement[" + i + "]";
            AchievementJson a = required(achievements.get(i), field);
            input.achievement(code(Mission.class, required(a.mission(), field + ".mission"), field + ".mission"),
                    required(a.contractYear(), field + ".contractYear"),
                    rate(required(a.rate(), field + ".rate"), field + ".rate"));
        }
        List<AmountJson> amounts = json.confirmedAmounts() == null ? List.of() : json.confirmedAmounts();
        for (int i = 0; i < amounts.size(); i++) {
            String field = "confirmedAmounts[" + i + "]";
            AmountJson a = required(amounts.get(i), field);
            Component component = code(Component.class, required(a.component(), field + ".component"),
                    field + ".component");
            Mission mission = a.mission() == null ? null : code(Mission.class, a.mission(), field + ".mission");
            if ((mission == null) != component.structural()) {
                throw new ValidationException(field + ".mission", "funding.input.error.required", fileName,
                        field + ".mission");
            }
            input.enteredAmount(new LineKey(mission, component), required(a.amount(), field + ".amount"));
        }
        return input.build();
    }

    /** Missions with their start dates (null: at signature, or at the amendment's effective date). */
    private List<MissionChoice> missions(List<MissionJson> json, String path) {
        List<MissionChoice> missions = new java.util.ArrayList<>();
        List<MissionJson> given = json == null ? List.of() : json;
        for (int i = 0; i < given.size(); i++) {
            String field = path + "[" + i + "]";
            MissionJson m = required(given.get(i), field);
            Mission mission = code(Mission.class, required(m.code(), field + ".code"), field + ".code");
            LocalDate start = m.startDate() == null ? null : date(m.startDate(), field + ".startDate");
            missions.add(new MissionChoice(mission, start, Boolean.TRUE.equals(m.snpOrientation())));
        }
        return missions;
    }

    private SizeClass sizeClass(Integer size, String field) {
        if (size == null) {
            return null;
        }
        if (size < 1 || size > SizeClass.values().length) {
            throw new ValidationException(field, "funding.input.error.sizeClass", fileName, Integer.toString(size),
                    field);
        }
        return SizeClass.of(size);
    }

    private <T> T required(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new ValidationException(field, "funding.input.error.required", fileName, field);
        }
        return value;
    }

    private LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "funding.input.error.badDate", fileName, text, field);
        }
    }

    /** A rate given in the file must lie in [0, 1]; the engine also caps computed ones. */
    private BigDecimal rate(BigDecimal rate, String field) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException(field, "funding.input.error.rateOutOfRange", fileName,
                    rate.toPlainString(), field);
        }
        return rate;
    }

    private <E extends Enum<E>> E code(Class<E> type, String text, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new ValidationException(field, "funding.input.error.badCode", fileName, text, field,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
