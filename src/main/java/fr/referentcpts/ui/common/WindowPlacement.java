package fr.referentcpts.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: within a screen's visible bounds (never under a task bar or
 * above the top of the screen), maximised on a screen smaller than the default size, nine tenths
 * of a larger one the first time, and a
 * remembered position brought back on screen when the monitor it was on is gone.
 *
 * @param maximized whether the window opens maximised
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private static final double LARGE_SHARE = 0.9;

    /**
     * @param remembered the last window bounds (NaN position: none remembered)
     * @param screens    the visible bounds of the screens, the primary one first
     */
    public static WindowPlacement of(Rectangle2D remembered, boolean wasMaximized, List<Rectangle2D> screens) {
        Rectangle2D screen = screens.getFirst();
        boolean knownPosition = !Double.isNaN(remembered.getMinX()) && !Double.isNaN(remembered.getMinY());
        if (knownPosition) {
            // The screen that holds most of the remembered window; the primary when none does.
            double best = 0;
            for (Rectangle2D candidate : screens) {
                double shared = overlap(candidate, remembered);
                if (shared > best) {
                    best = shared;
                    screen = candidate;
                }
            }
        }
        double width = positive(remembered.getWidth(), DEFAULT_WIDTH);
        double height = positive(remembered.getHeight(), DEFAULT_HEIGHT);
        boolean small = screen.getWidth() < DEFAULT_WIDTH || screen.getHeight() < DEFAULT_HEIGHT;
        // On a small screen the first window takes all of it (even where a window cannot be maximised).
        if (!knownPosition) {
            // A first window takes all of a small screen, nine tenths of a large one (the list and a case side by side).
            width = small ? screen.getWidth() : Math.max(DEFAULT_WIDTH, Math.floor(screen.getWidth() * LARGE_SHARE));
            height = small ? screen.getHeight() : Math.max(DEFAULT_HEIGHT, Math.floor(screen.getHeight() * LARGE_SHARE));
        }
        width = Math.min(width, screen.getWidth());
        height = Math.min(height, screen.getHeight());
        double x = knownPosition ? remembered.getMinX() : screen.getMinX() + (screen.getWidth() - width) / 2;
        // A third of the free height above, two thirds below: where JavaFX centres a window on a screen.
        double y = knownPosition ? remembered.getMinY() : screen.getMinY() + (screen.getHeight() - height) / 3;
        x = clamp(x, screen.getMinX(), screen.getMaxX() - width);
        y = clamp(y, screen.getMinY(), screen.getMaxY() - height);
        return new WindowPlacement(x, y, width, height, wasMaximized || (small && !knownPosition));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double positive(double value, double fallback) {
        return Double.isNaN(value) || value < 200 ? fallback : value;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
    /** Places {@code window} where {@link #of} says, from what {@code state} remembers and the screens now. */
    public static void restore(Stage window, UiState state) {
        Rectangle2D remembered = new Rectangle2D(state.number("x", Double.NaN), state.number("y", Double.NaN),
                state.number("width", Double.NaN), state.number("height", Double.NaN));
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        WindowPlacement placement = of(remembered, state.flag("maximized"), screens);
        window.setX(placement.x());
        window.setY(placement.y());
        window.setWidth(placement.width());
        window.setHeight(placement.height());
        window.setMaximized(placement.maximized());
    }

    /** Keeps in {@code state} where {@code window} is, for {@link #restore} at the next start. */
    public static void remember(Stage window, UiState state) {
        state.put("maximized", window.isMaximized());
        if (!window.isMaximized()) {
            state.put("x", window.getX());
            state.put("y", window.getY());
            state.put("width", window.getWidth());
            state.put("height", window.getHeight());
        }
    }
}
