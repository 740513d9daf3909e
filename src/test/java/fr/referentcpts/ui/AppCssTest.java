package fr.referentcpts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.App;
import java.util.List;
import java.util.Objects;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The application's stylesheet parses without error: a lost brace would silently drop every rule
 * after it. The theme's binary stylesheet is one this JavaFX reads, with the rules of its CSS: a
 * format JavaFX no longer read would leave every window unstyled, with a line in the log only.
 */
class AppCssTest {
    @Test
    void theStylesheetHasNoSyntaxError() throws Exception {
        CssParser.errorsProperty().clear();
        new CssParser().parse(Objects.requireNonNull(App.class.getResource("ui/app.css")));
        assertEquals(List.of(), CssParser.errorsProperty().stream().map(Object::toString).toList());
    }

    @Test
    void theThemesBinaryStylesheetHoldsTheRulesOfItsCss() throws Exception {
        String binary = fr.referentcpts.ui.common.Theme.userAgentStylesheet();
        assertEquals(".bss", binary.substring(binary.length() - 4));
        javafx.css.Stylesheet read = javafx.css.Stylesheet.loadBinary(
                Objects.requireNonNull(App.class.getResource(binary)));
        javafx.css.Stylesheet parsed = new CssParser().parse(Objects.requireNonNull(
                App.class.getResource(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet())));

        assertEquals(selectors(parsed), selectors(read));
        assertEquals(declarations(parsed), declarations(read));
    }

    private static List<String> selectors(javafx.css.Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors().toString()).toList();
    }

    private static List<String> declarations(javafx.css.Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? "!" : "")).toList().toString()).toList();
    }
}
