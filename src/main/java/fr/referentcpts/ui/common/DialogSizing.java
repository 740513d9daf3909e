package fr.referentcpts.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Dialogs that grow with their content: an error shown under a field makes the window taller
 * (never taller than the screen), so « Annuler » / « Enregistrer » stay in view.
 */
public final class DialogSizing {
    private DialogSizing() {
    }

    public static void growWithContent(Dialog<?> dialog) {
        dialog.setResizable(true);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fit(dialog);
            }
        });
    }

    private static void fit(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double wanted = dialog.getDialogPane().prefHeight(dialog.getDialogPane().getWidth());
        if (wanted <= dialog.getDialogPane().getHeight() + 1) {
            return;
        }
        // Only ever taller, by what the content lacks: no feedback between the window and its scene.
        double max = Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds().getMaxY() - window.getY();
        window.setHeight(Math.min(window.getHeight() + wanted - dialog.getDialogPane().getHeight(), max));
    }
}
