package fr.referentcpts.ui.common;

import java.util.Collection;
import java.util.Objects;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** Type-ahead suggestions under a text field (ControlsFX), styled like the rest of the window. */
public final class Completion {
    /** The application's stylesheet, for windows that do not inherit the main scene's. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Completion.class.getResource("/fr/referentcpts/ui/app.css")).toExternalForm();

    private Completion() {
    }

    public static AutoCompletionBinding<String> bind(TextField field, Collection<String> suggestions) {
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field, suggestions);
        // The popup is a window of its own: without the theme bridge its ControlsFX colours fail to resolve.
        binding.getAutoCompletionPopup().getScene().getStylesheets().add(STYLESHEET);
        // A click elsewhere (« Créer »…) closes the suggestions and does what it says: the list
        // is computed in the background and may open just before the click, which it would
        // otherwise swallow.
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        return binding;
    }
}
