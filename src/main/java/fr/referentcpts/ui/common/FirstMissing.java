package fr.referentcpts.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;

/**
 * Puts the keyboard focus where something is to be filled in: the first of the fields named
 * that is still empty (else the first of them shown), else the first empty field of the form,
 * else its first control — and scrolls it into view. Never the window's search box.
 */
public final class FirstMissing {
    private FirstMissing() {
    }

    /**
     * Focuses a field of {@code root}, by preference one of {@code ids} (CSS ids, in order).
     *
     * @return the node focused, if any
     */
    public static Optional<Node> focus(Node root, List<String> ids) {
        if (root == null) {
            return Optional.empty();
        }
        root.applyCss();
        List<Node> named = ids.stream().map(id -> root.lookup("#" + id)).filter(FirstMissing::usable).toList();
        Optional<Node> target = named.stream().filter(FirstMissing::empty).findFirst()
                .or(() -> named.stream().findFirst())
                .or(() -> first(root, true))
                .or(() -> first(root, false));
        target.ifPresent(node -> {
            node.requestFocus();
            reveal(node);
        });
        return target;
    }

    /** The first usable control in {@code node}'s tree: an empty input when {@code emptyInput}, else any. */
    private static Optional<Node> first(Node node, boolean emptyInput) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof Control && node.isFocusTraversable()
                && (!emptyInput || isInput(node) && empty(node))) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent && !(node instanceof ComboBoxBase<?>) && !(node instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child, emptyInput);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isInput(Node node) {
        return node instanceof TextInputControl text && text.isEditable() || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?>;
    }

    private static boolean empty(Node node) {
        return switch (node) {
            case TextInputControl text -> text.getText() == null || text.getText().isBlank();
            case ComboBoxBase<?> box -> box.getValue() == null;
            case ChoiceBox<?> box -> box.getValue() == null;
            case javafx.scene.control.CheckBox box -> !box.isSelected();
            default -> true;
        };
    }

    /** Shown and enabled, up to the root of its scene. */
    private static boolean usable(Node node) {
        if (node == null || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the enclosing scroll panes so that {@code node} shows. */
    public static void reveal(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (inContent != null && hidden > 0) {
                    double top = Math.max(0, inContent.getMinY() - 24);
                    double range = scroll.getVmax() - scroll.getVmin();
                    double shownFrom = (scroll.getVvalue() - scroll.getVmin()) / range * hidden;
                    double shownTo = shownFrom + scroll.getViewportBounds().getHeight();
                    if (inContent.getMinY() < shownFrom || inContent.getMaxY() > shownTo) {
                        scroll.setVvalue(scroll.getVmin() + Math.min(1, top / hidden) * range);
                    }
                }
            }
        }
    }
}
