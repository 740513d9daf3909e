package fr.referentcpts.core.funding;

import java.util.List;
import java.util.Objects;

/**
 * How an amount was obtained, as a message key of the French bundle and its arguments, already
 * formatted in French (« 75 % », « 45 000 € », « 01/09/2026 »). Rendered with
 * {@code messages.get(explanation.messageKey(), explanation.arguments())}, e.g.
 * « 75 % de 45 000 € × 195/365 jours (démarrage le 01/09/2026) ».
 */
public record Explanation(String messageKey, List<String> argumentList) {
    public Explanation {
        Objects.requireNonNull(messageKey, "messageKey");
        argumentList = List.copyOf(argumentList);
    }

    public static Explanation of(String messageKey, String... arguments) {
        return new Explanation(messageKey, List.of(arguments));
    }

    public Object[] arguments() {
        return argumentList.toArray();
    }
}
