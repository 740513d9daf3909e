package fr.referentcpts.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D NOTHING_REMEMBERED = new Rectangle2D(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    /** A 1366×768 laptop whose task bar takes the bottom 40 px. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aFirstStartOnALaptopOpensMaximisedWithinTheVisibleBounds() {
        WindowPlacement placement = WindowPlacement.of(NOTHING_REMEMBERED, false, List.of(LAPTOP));
        assertTrue(placement.maximized(), "728 px high is smaller than the default 800");
        // The whole visible screen, from (0, 0): never at y = −11 with the status bar below the screen.
        assertEquals(new WindowPlacement(0, 0, 1366, 728, true), placement);
    }

    @Test
    void aFirstStartOnALargeScreenOpensCentredOnNineTenthsOfIt() {
        // 1920 × 0.9 = 1728, (1920 − 1728) / 2 = 96 ; 1040 × 0.9 = 936, (1040 − 936) / 3 = 34.67
        assertEquals(new WindowPlacement(96, 104.0 / 3, 1728, 936, false),
                WindowPlacement.of(NOTHING_REMEMBERED, false, List.of(FULL_HD)));
    }

    @Test
    void aWindowRememberedOnAMonitorThatIsGoneComesBackOnScreen() {
        Rectangle2D onSecondMonitor = new Rectangle2D(2200, 150, 1400, 900);
        WindowPlacement placement = WindowPlacement.of(onSecondMonitor, false, List.of(LAPTOP));
        // Shrunk to the laptop (1366 × 728) and moved into it.
        assertEquals(new WindowPlacement(0, 0, 1366, 728, false), placement);
    }

    @Test
    void aWindowRememberedOnTheSecondMonitorStaysThere() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1920, 1040);
        Rectangle2D remembered = new Rectangle2D(2000, 100, 1200, 800);
        WindowPlacement placement = WindowPlacement.of(remembered, false, List.of(FULL_HD, second));
        assertEquals(new WindowPlacement(2000, 100, 1200, 800, false), placement);
        assertFalse(placement.maximized());
    }

    @Test
    void aWindowRememberedAboveTheTopOfTheScreenIsBroughtDown() {
        Rectangle2D above = new Rectangle2D(100, -11, 1280, 800);
        WindowPlacement placement = WindowPlacement.of(above, false, List.of(FULL_HD));
        assertEquals(0, placement.y());
        assertEquals(100, placement.x());
    }
}
