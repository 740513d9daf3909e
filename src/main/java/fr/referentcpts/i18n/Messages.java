package fr.referentcpts.i18n;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Keyed;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/**
 * The French texts of the application ({@code i18n/messages.properties}, UTF-8), for the
 * screens, the command line and the printed documents. Always held in a variable named
 * {@code messages} so the i18n test can find the keys used.
 */
public final class Messages {
    /** The texts being read ahead ({@link #readAhead}), if they are. */
    private static volatile CompletableFuture<ResourceBundle> ahead;
    private volatile ResourceBundle bundle;

    /** Texts read at their first use, or taken from those read ahead. */
    public Messages() {
    }

    /**
     * Starts reading the texts (115 KB to parse; the first bundle of a process also makes the JDK
     * open every JAR of the class path, ≈ 30 ms cold) on a thread of its own: the window's start
     * calls it before JavaFX sets itself up, a command before the command line is built, so that
     * the first text asked for finds them read.
     */
    public static void readAhead() {
        CompletableFuture<ResourceBundle> texts = new CompletableFuture<>();
        ahead = texts;
        Thread.ofPlatform().daemon().name("referent-cpts-messages").start(() -> {
            try {
                texts.complete(read());
            } catch (RuntimeException | Error e) {
                texts.completeExceptionally(e);
            }
        });
    }

    private static ResourceBundle read() {
        return ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
    }

    private ResourceBundle bundle() {
        ResourceBundle texts = bundle;
        if (texts == null) {
            // two threads at once both get the JDK's one cached bundle
            CompletableFuture<ResourceBundle> read = ahead;
            texts = read != null ? read.exceptionally(e -> read()).join() : read();
            bundle = texts;
        }
        return texts;
    }

    /** The text of {@code key}, its {@code {0}}… placeholders filled with {@code arguments}. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "⟨" + key + "⟩";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.FRANCE).format(arguments);
    }

    public String get(Keyed keyed) {
        return get(keyed.messageKey());
    }

    /** The French sentence for a refused operation; arguments that are {@link Keyed} values show their label,
     * nested refusals their sentence. */
    public String get(DomainException e) {
        Object[] arguments = e.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Keyed keyed) {
                arguments[i] = get(keyed);
            } else if (arguments[i] instanceof DomainException nested) {
                arguments[i] = get(nested);
            }
        }
        return get(e.messageKey(), arguments);
    }

    /** A sentence of the domain (requirement, deadline…): its key and arguments, {@link Keyed} ones by their label. */
    public String get(fr.referentcpts.core.workflow.Phrase phrase) {
        return withLabels(phrase.key(), phrase.args());
    }

    /**
     * The text of {@code key}; arguments that are {@link Keyed} values show their label, nested
     * phrases their text, lists their elements joined by commas.
     */
    public String withLabels(String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shown(shown[i]);
        }
        return get(key, shown);
    }

    private Object shown(Object argument) {
        return switch (argument) {
            case Keyed keyed -> get(keyed);
            case fr.referentcpts.core.workflow.Phrase phrase -> get(phrase);
            case java.util.List<?> list -> String.join(", ", list.stream().map(e -> String.valueOf(shown(e))).toList());
            default -> argument;
        };
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }
}
