package fr.referentcpts.core.funding;

import java.util.List;

/**
 * Something the referent should know that does not block the computation. Rendered with
 * {@code messages.get(messageKey, arguments)} where, when {@code mission} is set, the first
 * argument is that mission’s French label ({@code messages.get(mission)}) followed by
 * {@code arguments} (already formatted in French).
 */
public record FundingWarning(String messageKey, Mission mission, List<String> arguments) {
    public FundingWarning {
        arguments = List.copyOf(arguments);
    }

    static FundingWarning of(String messageKey, String... arguments) {
        return new FundingWarning(messageKey, null, List.of(arguments));
    }

    static FundingWarning about(Mission mission, String messageKey, String... arguments) {
        return new FundingWarning(messageKey, mission, List.of(arguments));
    }
}
