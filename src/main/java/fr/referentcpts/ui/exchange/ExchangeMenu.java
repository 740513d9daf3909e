package fr.referentcpts.ui.exchange;

import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.backup.BackupViewModel;
import fr.referentcpts.ui.backup.RestoreBackupDialog;
import fr.referentcpts.ui.security.PassphraseDialog;
import fr.referentcpts.ui.portfolio.CaseRow;
import fr.referentcpts.ui.portfolio.PortfolioViewModel;
import java.io.File;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The « Échanger » menu of the toolbar: export the open case or all, import a .cpts file, restore a backup. */
public final class ExchangeMenu {
    private ExchangeMenu() {
    }

    public static MenuButton create(ExchangeViewModel vm, PortfolioViewModel portfolio, Messages messages, Window owner,
            BackupViewModel backups) {
        MenuItem exportOne = new MenuItem(messages.get("exchange.ui.exportOne"));
        exportOne.disableProperty().bind(portfolio.selectedProperty().isNull());
        exportOne.setOnAction(e -> {
            CaseRow row = portfolio.selectedProperty().get();
            File file = chooser(messages, row.name() + ".cpts").showSaveDialog(owner);
            if (file != null) {
                vm.export(List.of(row.caseFile().id()), file.toPath());
            }
        });
        MenuItem exportAll = new MenuItem(messages.get("exchange.ui.exportAll"));
        exportAll.setOnAction(e -> {
            File file = chooser(messages, "dossiers-cpts.cpts").showSaveDialog(owner);
            if (file != null) {
                vm.export(portfolio.allCaseIds(), file.toPath());
            }
        });
        MenuItem exportEncrypted = new MenuItem(messages.get("exchange.ui.exportEncrypted"));
        exportEncrypted.setOnAction(e -> {
            char[] passphrase = PassphraseDialog.show(messages, owner, messages.get("exchange.ui.passphraseNew"));
            if (passphrase == null) {
                return;
            }
            File file = chooser(messages, "dossiers-cpts-chiffres.cpts").showSaveDialog(owner);
            if (file != null) {
                vm.export(portfolio.allCaseIds(), file.toPath(), passphrase);
            }
        });
        MenuItem importFile = new MenuItem(messages.get("exchange.ui.import"));
        importFile.setOnAction(e -> {
            File file = chooser(messages, null).showOpenDialog(owner);
            if (file != null) {
                vm.importFile(file.toPath());
            }
        });
        MenuItem restore = new MenuItem(messages.get("backup.ui.menu"));
        restore.setId("restore-backup");
        restore.setOnAction(e -> RestoreBackupDialog.show(backups, messages, owner));
        MenuButton menu = new MenuButton(messages.get("exchange.ui.menu"), null, exportOne, exportAll, exportEncrypted, importFile,
                new SeparatorMenuItem(), restore);
        menu.setId("exchange-menu");
        return menu;
    }

    private static FileChooser chooser(Messages messages, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("exchange.ui.filter"), "*.cpts"));
        if (initialName != null) {
            chooser.setInitialFileName(initialName.replaceAll("[\\\\/:*?\"<>|]", "_"));
        }
        return chooser;
    }
}
