package fr.referentcpts.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/** Content built the first time it is shown (its controls cost nothing before): a titled pane, a tab. */
public final class LazyPane {
    private LazyPane() {
    }

    /**
     * A pane titled {@code title}, closed, whose content {@code content} makes the first time it opens.
     * Closed from the start: a {@code TitledPane} is born open — its content would otherwise be built
     * at once — and, watched only for a change, an accordion asked to open it before its first
     * layout (a case read before the window drew it) left it open without its content: an empty form.
     */
    public static TitledPane of(String id, String title, Supplier<Node> content) {
        TitledPane pane = new TitledPane(title, null);
        pane.setId(id);
        pane.setExpanded(false);
        once(pane.expandedProperty(), () -> pane.setContent(content.get()));
        return pane;
    }

    /**
     * Runs {@code build} once, the first time {@code shown} is true (a pane opened, a tab chosen):
     * at once if it already is — a listener alone would wait for a change that never comes.
     */
    public static void once(ObservableValue<Boolean> shown, Runnable build) {
        if (Boolean.TRUE.equals(shown.getValue())) {
            build.run();
            return;
        }
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    shown.removeListener(this);
                    build.run();
                }
            }
        });
    }
}
