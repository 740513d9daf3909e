package fr.referentcpts.ui.workflow;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.i18n.Messages;

/** One entry of the history timeline: its date, what happened, why and who recorded it. */
public record HistoryRow(String date, String title, String detail, String author) {
    public static HistoryRow of(HistoryEntry e, Messages messages) {
        StringBuilder title = new StringBuilder(messages.get(e.kind()));
        if (e.from() != null && e.to() != null && e.from() != e.to()) {
            title.append(" : ").append(messages.get(e.from())).append(" → ").append(messages.get(e.to()));
        }
        String decided = e.decidedBy() == null ? "" : messages.get("workflow.history.decidedBy", messages.get(e.decidedBy()));
        String detail = String.join(" – ", java.util.stream.Stream.of(decided, e.reason()).filter(s -> !s.isEmpty())
                .toList());
        return new HistoryRow(FrenchFormat.date(e.date()), title.toString(), detail,
                e.author().isEmpty() ? "" : messages.get("workflow.history.author", e.author()));
    }
}
