package fr.referentcpts.core.workflow;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence to show, as a message key and its arguments: strings already formatted in French
 * ({@link fr.referentcpts.core.common.FrenchFormat}) or {@link fr.referentcpts.core.common.Keyed}
 * values the UI and the command line show by their label.
 */
public record Phrase(String key, List<Object> arguments) {
    public Phrase {
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
