package fr.referentcpts.i18n;

import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.core.exchange.Change;
import fr.referentcpts.core.common.FrenchFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The French description of an import plan, shared by the window and the command line. */
public final class ChangeText {
    private final Messages messages;

    public ChangeText(Messages messages) {
        this.messages = messages;
    }

    /** « Nouveau dossier : CPTS X » or « Mise à jour de CPTS X : 3 modification(s) ». */
    public String title(CaseImport item) {
        String name = item.bundle().caseFile().name();
        if (!item.exists()) {
            return messages.get("exchange.plan.new", name);
        }
        return item.changes().isEmpty() ? messages.get("exchange.plan.unchanged", name)
                : messages.get("exchange.plan.update", name, item.changes().size());
    }

    public String line(Change change) {
        String what = messages.get(change.what());
        String subject = messages.has(change.subject()) ? messages.get(change.subject()) : change.subject();
        if (change.subject().isEmpty()) {
            return messages.get("exchange.plan.field", what, shown(change.before()), shown(change.after()));
        }
        return messages.get("exchange.plan.item", what, subject, messages.get(change.kind()));
    }

    public List<String> describe(List<CaseImport> plan) {
        List<String> lines = new ArrayList<>();
        for (CaseImport item : plan) {
            lines.add(title(item));
            if (item.replacesNewer()) {
                lines.add("  ⚠ " + olderWarning(item));
            }
            item.changes().forEach(c -> lines.add("  • " + line(c)));
        }
        return lines;
    }

    /** « La version du fichier (modifiée le …) est plus ancienne que celle de la base (…) ; disparaîtraient : … ». */
    public String olderWarning(CaseImport item) {
        ZoneId zone = ZoneId.systemDefault();
        String lost = item.losses().entrySet().stream()
                .map(e -> messages.get("exchange.older.loss", e.getValue(), messages.get(e.getKey())))
                .collect(Collectors.joining(", "));
        return messages.get("exchange.older.warning", FrenchFormat.dateTime(item.bundle().caseFile().updatedAt(), zone),
                FrenchFormat.dateTime(item.currentUpdatedAt(), zone),
                lost.isEmpty() ? messages.get("exchange.older.nothingLost") : lost);
    }

    private String shown(String value) {
        return value.isEmpty() ? messages.get("exchange.plan.empty") : value;
    }
}
