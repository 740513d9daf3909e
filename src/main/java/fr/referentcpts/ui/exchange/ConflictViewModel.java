package fr.referentcpts.ui.exchange;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseMerge;
import fr.referentcpts.core.exchange.Change;
import fr.referentcpts.i18n.Messages;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A case file changed on this computer and on the cellule's server since their last
 * synchronisation: one row per difference, each kept as on this computer unless the referent
 * takes the server's; the merge applies exactly the rows taken.
 */
public final class ConflictViewModel {
    private final Messages messages;
    private final CaseBundle mine;
    private final CaseBundle theirs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();

    /** One difference: what, which item, its state on each side, and whether the server's is taken. */
    public static final class Row {
        private final Change change;
        private final String what;
        private final String subject;
        private final String mine;
        private final String theirs;
        private final BooleanProperty fromServer = new SimpleBooleanProperty(false);

        Row(Change change, String what, String subject, String mine, String theirs) {
            this.change = change;
            this.what = what;
            this.subject = subject;
            this.mine = mine;
            this.theirs = theirs;
        }

        public String what() {
            return what;
        }

        public String subject() {
            return subject;
        }

        public String mine() {
            return mine;
        }

        public String theirs() {
            return theirs;
        }

        /** True: the server's version is taken; false (the default): this computer's is kept. */
        public BooleanProperty fromServerProperty() {
            return fromServer;
        }

        Change change() {
            return change;
        }
    }

    public ConflictViewModel(Messages messages, CaseBundle mine, CaseBundle theirs) {
        this.messages = messages;
        this.mine = mine;
        this.theirs = theirs;
        for (Change change : CaseMerge.changes(mine, theirs)) {
            Row row = row(change);
            row.fromServer.addListener((obs, was, now) -> count());
            rows.add(row);
        }
        count();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** « 2 choix sur 9 pris du serveur ». */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void keepAllMine() {
        rows.forEach(r -> r.fromServer.set(false));
    }

    public void takeAllTheirs() {
        rows.forEach(r -> r.fromServer.set(true));
    }

    /** The case as chosen, newer than both versions ({@code now} or just after the newer one). */
    public CaseBundle merged(Instant now) {
        List<Change> taken = rows.stream().filter(r -> r.fromServer.get()).map(Row::change).toList();
        return CaseMerge.merge(mine, theirs, taken, now);
    }

    private void count() {
        long taken = rows.stream().filter(r -> r.fromServer.get()).count();
        summary.set(messages.get("conflict.ui.summary", taken, rows.size()));
    }

    private Row row(Change change) {
        String what = messages.get(change.what());
        if (change.item().isEmpty() && change.subject().isEmpty()) {
            return new Row(change, what, "", value(change.what(), change.before()), value(change.what(), change.after()));
        }
        String subject = change.subject().equals(change.what()) ? ""
                : messages.has(change.subject()) ? messages.get(change.subject()) : change.subject();
        return switch (change.kind()) {
            case ADDED -> new Row(change, what, subject, messages.get("conflict.ui.absent"),
                    messages.get(Change.Kind.ADDED));
            case REMOVED -> new Row(change, what, subject, messages.get("conflict.ui.present"),
                    messages.get(Change.Kind.REMOVED));
            case CHANGED -> new Row(change, what, subject, messages.get("conflict.ui.mineVersion"),
                    messages.get(Change.Kind.CHANGED));
        };
    }

    /** A field's value as the referent reads it: a stage by its name, « Oui » / « Non », « (vide) ». */
    private String value(String field, String value) {
        if (value.isEmpty()) {
            return messages.get("exchange.plan.empty");
        }
        return switch (field) {
            case "exchange.field.stage" -> messages.get(WorkflowStage.valueOf(value));
            case "exchange.field.archived" -> messages.get(Boolean.parseBoolean(value) ? "conflict.ui.yes"
                    : "conflict.ui.no");
            default -> value;
        };
    }
}
