package fr.referentcpts.core.annex;

import fr.referentcpts.core.common.Keyed;
import java.util.List;
import java.util.Objects;

/**
 * Why an annex can only be a draft (« PROJET »): a requirement of the signature stage still
 * missing, or an amount « à confirmer ». A message key of the French bundle and its arguments,
 * each a string already formatted in French or a {@link Keyed} value shown by its label.
 */
public record DraftReason(String messageKey, List<Object> arguments) {
    public DraftReason {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof String) && !(argument instanceof Keyed)) {
                throw new IllegalArgumentException("argument must be a String or Keyed: " + argument);
            }
        }
    }

    public static DraftReason of(String messageKey, Object... arguments) {
        return new DraftReason(messageKey, List.of(arguments));
    }
}
