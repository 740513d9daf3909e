package fr.referentcpts.ui.sync;

import fr.referentcpts.core.sync.RulesSharing;
import fr.referentcpts.core.sync.SyncReport;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.ui.common.DialogService;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What a synchronisation did, as the referent reads it: a status line, and a dialog for what the server refused. */
final class SyncOutcome {
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;

    SyncOutcome(Messages messages, DialogService dialogs, Clock clock) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The cases sent, received, in conflict, then the deleted cases that travelled. */
    String line(SyncReport report) {
        String line = messages.get("syncUi.status.done", now(), report.sent(), report.received(),
                report.conflicts().size());
        int keptOrBack = report.kept().size() + report.broughtBack().size() + report.deletionRefused().size();
        if (report.deletedHere().size() + report.deletedOnServer().size() + keptOrBack > 0) {
            line += " " + messages.get("syncdel.ui.status", report.deletedHere().size(),
                    report.deletedOnServer().size(), keptOrBack);
        }
        if (!report.deletedHere().isEmpty()) {
            line += " " + messages.get("syncdel.ui.deletedHere", String.join(", ", report.deletedHere().stream()
                    .map(d -> messages.get("syncdel.cli.deletedBy", d.name(), d.deletedBy())).toList()));
        }
        return line;
    }

    /** The cases and the deletions the server refused, each kind in a dialog. */
    void refusals(SyncReport report) {
        if (!report.refused().isEmpty()) {
            dialogs.error(messages.get("syncUi.title"), messages.get("syncUi.refused", report.refused().size(),
                    String.join(", ", report.refused())));
        }
        if (!report.deletionRefused().isEmpty()) {
            dialogs.error(messages.get("syncUi.title"), messages.get("syncdel.ui.deletionRefused",
                    String.join(", ", report.deletionRefused())));
        }
    }

    /** {@code line} followed by the rules versions exchanged; a refused one said in a dialog when the referent asked. */
    String rules(String line, RulesSharing.Shared shared, boolean asked) {
        if (asked && !shared.refused().isEmpty()) {
            dialogs.error(messages.get("syncUi.title"), messages.get("syncUi.rulesRefused",
                    String.join(", ", shared.refused())));
        }
        return shared.received() + shared.sent() > 0
                ? line + " " + messages.get("syncUi.status.rules", shared.received(), shared.sent())
                : line;
    }

    /** The time of day, « 10:42 ». */
    String now() {
        return LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
