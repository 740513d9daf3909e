package fr.referentcpts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.App;
import java.util.List;
import java.util.Objects;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The application's stylesheet parses without error: a lost brace would silently drop every rule after it. */
class AppCssTest {
    @Test
    void theStylesheetHasNoSyntaxError() throws Exception {
        CssParser.errorsProperty().clear();
        new CssParser().parse(Objects.requireNonNull(App.class.getResource("ui/app.css")));
        assertEquals(List.of(), CssParser.errorsProperty().stream().map(Object::toString).toList());
    }
}
