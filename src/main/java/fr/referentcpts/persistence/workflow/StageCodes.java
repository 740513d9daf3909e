package fr.referentcpts.persistence.workflow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Enumerations as the stage tables store them: a constant's name, a set as names in order joined by commas. */
final class StageCodes {
    private StageCodes() {
    }

    static <E extends Enum<E>> Set<E> codes(Class<E> type, String text) {
        Set<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(c -> Enum.valueOf(type, c)).forEach(set::add);
        }
        return set;
    }

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
