package fr.referentcpts.core.funding;

import fr.referentcpts.core.common.CanonicalText;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How an amount was obtained, as a message key of the French bundle and its arguments, formatted
 * in French (« 75 % », « 45 000 € », « 01/09/2026 »). Rendered with
 * {@code messages.get(explanation.messageKey(), explanation.arguments())}, e.g.
 * « 75 % de 45 000 € × 195/365 jours (démarrage le 01/09/2026) ».
 * <p>
 * The engine gives every payment an explanation but few are ever read, so the arguments may be
 * formatted only when first asked for (then kept): formatting them for every payment up front
 * was most of the cost of a computation. Two explanations are equal when they have the same key
 * and the same formatted arguments, whether these were formatted up front or on demand.
 */
public final class Explanation implements CanonicalText.Named {
    private final String messageKey;
    private final Supplier<String[]> formatter;
    private volatile List<String> argumentList;

    private Explanation(String messageKey, Supplier<String[]> formatter, List<String> argumentList) {
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.formatter = formatter;
        this.argumentList = argumentList;
    }

    public Explanation(String messageKey, List<String> argumentList) {
        this(messageKey, null, List.copyOf(argumentList));
    }

    public static Explanation of(String messageKey, String... arguments) {
        return new Explanation(messageKey, List.of(arguments));
    }

    /** An explanation whose arguments {@code formatter} gives when they are first read; it must always give the same. */
    static Explanation deferred(String messageKey, Supplier<String[]> formatter) {
        return new Explanation(messageKey, Objects.requireNonNull(formatter, "formatter"), null);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> argumentList() {
        List<String> arguments = argumentList;
        if (arguments == null) {
            arguments = List.of(formatter.get());
            argumentList = arguments;
        }
        return arguments;
    }

    public Object[] arguments() {
        return argumentList().toArray();
    }

    /** In a digest, written as when an explanation was a record. */
    @Override
    public Object[] namesAndValues() {
        return new Object[] {"messageKey", messageKey(), "argumentList", argumentList()};
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Explanation that && messageKey.equals(that.messageKey)
                && argumentList().equals(that.argumentList());
    }

    @Override
    public int hashCode() {
        return 31 * messageKey.hashCode() + argumentList().hashCode();
    }

    @Override
    public String toString() {
        return "Explanation[messageKey=" + messageKey + ", argumentList=" + argumentList() + "]";
    }
}
