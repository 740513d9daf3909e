package fr.referentcpts.ui;

import fr.referentcpts.i18n.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The window's keyboard shortcuts: Ctrl+F search, Ctrl+N new case, Down from the search into the
 * list, Enter on the list into the case's tabs, Ctrl+Tab and Ctrl+1…9 between the tabs, Ctrl+S
 * saves now, F1 lists them (« Raccourcis »).
 */
final class Shortcuts {
    /** The help's lines, as message keys. */
    static final List<String> HELP = List.of("keys.help.search", "keys.help.newCase", "keys.help.down",
            "keys.help.enter", "keys.help.tabs", "keys.help.tabNumber", "keys.help.save", "keys.help.escape",
            "keys.help.help");

    private final Parent root;
    private final Messages messages;
    private final Runnable newCase;
    private final Runnable save;

    private Shortcuts(Parent root, Messages messages, Runnable newCase, Runnable save) {
        this.root = root;
        this.messages = messages;
        this.newCase = newCase;
        this.save = save;
    }

    /** Installs the shortcuts on the window's content {@code root} (its search is {@code #search}). */
    static void install(Parent root, TextField search, TableView<?> cases, Messages messages, Runnable newCase,
            Runnable save) {
        Shortcuts shortcuts = new Shortcuts(root, messages, newCase, save);
        root.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts::onKey);
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !cases.getItems().isEmpty()) {
                cases.requestFocus();
                if (cases.getSelectionModel().isEmpty()) {
                    cases.getSelectionModel().selectFirst();
                }
                cases.getFocusModel().focus(cases.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        cases.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !cases.getSelectionModel().isEmpty()) {
                int focused = cases.getFocusModel().getFocusedIndex();
                if (focused >= 0 && focused != cases.getSelectionModel().getSelectedIndex()) {
                    cases.getSelectionModel().clearAndSelect(focused);
                }
                shortcuts.tabs().ifPresent(Node::requestFocus);
                e.consume();
            }
        });
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F1) {
            help();
        } else if (!e.isShortcutDown()) {
            return;
        } else if (e.getCode() == KeyCode.F) {
            root.lookup("#search").requestFocus();
            ((TextField) root.lookup("#search")).selectAll();
        } else if (e.getCode() == KeyCode.N) {
            newCase.run();
        } else if (e.getCode() == KeyCode.S) {
            save.run();
        } else if (e.getCode() == KeyCode.TAB) {
            tabs().ifPresent(t -> {
                int count = t.getTabs().size();
                int step = e.isShiftDown() ? count - 1 : 1;
                t.getSelectionModel().select((t.getSelectionModel().getSelectedIndex() + step) % count);
                t.requestFocus();
            });
        } else if (e.getCode().isDigitKey() && e.getCode() != KeyCode.DIGIT0 && e.getCode() != KeyCode.NUMPAD0) {
            // From the key's name (DIGIT3, NUMPAD3), not its text: « " » on a French keyboard.
            String name = e.getCode().name();
            int index = name.charAt(name.length() - 1) - '1';
            tabs().filter(t -> index < t.getTabs().size()).ifPresent(t -> {
                t.getSelectionModel().select(index);
                t.requestFocus();
            });
        } else {
            return;
        }
        e.consume();
    }

    private java.util.Optional<TabPane> tabs() {
        return java.util.Optional.ofNullable((TabPane) root.lookup("#case-tabs")).filter(Node::isVisible)
                .filter(t -> t.getParent() != null && t.getParent().isVisible());
    }

    private void help() {
        StringBuilder text = new StringBuilder();
        for (String key : HELP) {
            text.append(messages.get(key)).append('\n');
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null,
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(messages.get("keys.help.title"));
        alert.setHeaderText(messages.get("keys.help.title"));
        Label content = new Label(text.toString().strip());
        content.setId("shortcuts-help");
        content.setWrapText(true);
        alert.getDialogPane().setContent(content);
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
