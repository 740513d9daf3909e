package fr.referentcpts.ui.common;

import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.i18n.Messages;
import javafx.util.StringConverter;

/** Shows enum values by their French label in combo boxes. */
public final class KeyedConverter<T extends Keyed> extends StringConverter<T> {
    private final Messages messages;

    public KeyedConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : messages.get(value);
    }

    @Override
    public T fromString(String text) {
        // Only used by editable combo boxes; ours are pick-lists.
        return null;
    }
}
