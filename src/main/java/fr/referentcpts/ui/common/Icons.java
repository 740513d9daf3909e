package fr.referentcpts.ui.common;

import javafx.scene.Group;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * Small toolbar icons drawn as shapes on a 24-unit grid and painted with the theme's text colour
 * (style class {@code icon}), so they follow the theme and need no image file or icon font.
 */
public enum Icons {
    PREVIOUS("M15 5 L8 12 L15 19 L16.5 17.5 L11 12 L16.5 6.5 Z"),
    NEXT("M9 5 L16 12 L9 19 L7.5 17.5 L13 12 L7.5 6.5 Z"),
    ZOOM_OUT("M5 11 H19 V13 H5 Z"),
    ZOOM_IN("M11 5 H13 V11 H19 V13 H13 V19 H11 V13 H5 V11 H11 Z"),
    FIT_WIDTH("M2 12 L7 7 V10.5 H17 V7 L22 12 L17 17 V13.5 H7 V17 Z"),
    SAVE("M11 3 H13 V12 L16.3 8.7 L17.7 10.1 L12 15.8 L6.3 10.1 L7.7 8.7 L11 12 Z M4 18 H20 V21 H4 Z"),
    PRINT("M7 3 H17 V8 H7 Z M3 9 H21 V17 H17 V21 H7 V17 H3 Z M9 14 V19 H15 V14 Z"),
    LIST("M3 5 H6 V8 H3 Z M8 5 H21 V8 H8 Z M3 10.5 H6 V13.5 H3 Z M8 10.5 H21 V13.5 H8 Z M3 16 H6 V19 H3 Z M8 16 H21 V19 H8 Z");

    private static final double SIZE = 16;
    private static final double GRID = 24;
    private final String path;

    Icons(String path) {
        this.path = path;
    }

    /** The icon as a node, 16 pixels square (the 24-unit drawing scaled, its proportions kept). */
    public Region node() {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.setFillRule(FillRule.EVEN_ODD);
        shape.getStyleClass().add("icon");
        shape.setScaleX(SIZE / GRID);
        shape.setScaleY(SIZE / GRID);
        StackPane icon = new StackPane(new Group(shape));
        icon.setMinSize(SIZE, SIZE);
        icon.setPrefSize(SIZE, SIZE);
        icon.setMaxSize(SIZE, SIZE);
        return icon;
    }

    /** Gives {@code button} this icon alone, its {@code text} becoming the tooltip and what screen readers say. */
    public <B extends ButtonBase> B only(B button, String text) {
        button.setGraphic(node());
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        return button;
    }

    /** Gives {@code button} this icon before its text, with the text as tooltip too. */
    public <B extends ButtonBase> B beside(B button) {
        button.setGraphic(node());
        button.setTooltip(new Tooltip(button.getText()));
        return button;
    }
}
