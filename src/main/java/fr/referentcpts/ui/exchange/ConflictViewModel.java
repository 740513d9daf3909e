package fr.referentcpts.ui.exchange;

import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseMerge;
import fr.referentcpts.core.exchange.Change;
import fr.referentcpts.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    private final ConflictText text;

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
        Map<UUID, String> names = new HashMap<>();
        theirs.people().forEach(p -> names.put(p.id(), p.name()));
        mine.people().forEach(p -> names.put(p.id(), p.name()));
        this.text = new ConflictText(messages, names);
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
        CaseMerge.Sides sides = CaseMerge.sides(mine, theirs, change);
        String subject = subject(change, sides.mine() != null ? sides.mine() : sides.theirs());
        return switch (change.kind()) {
            case ADDED -> new Row(change, what, subject, messages.get("conflict.ui.absent"), text.full(sides.theirs()));
            case REMOVED -> new Row(change, what, subject, text.full(sides.mine()), messages.get(Change.Kind.REMOVED));
            case CHANGED -> {
                List<String> shown = text.differing(sides.mine(), sides.theirs());
                yield shown.isEmpty() ? new Row(change, what, subject, messages.get("conflict.ui.mineVersion"),
                        messages.get(Change.Kind.CHANGED)) : new Row(change, what, subject, shown.get(0), shown.get(1));
            }
        };
    }

    /** The item named as the referent knows it: dates in French, labels of the lists. */
    private String subject(Change change, Object item) {
        ZoneId zone = ZoneId.systemDefault();
        return switch (item) {
            case HistoryEntry h -> FrenchFormat.date(h.date()) + " " + messages.get(h.kind());
            case Meeting m -> FrenchFormat.date(m.date()) + " " + m.place();
            case PaymentReceived p -> FrenchFormat.date(p.date()) + " " + FrenchFormat.amount(p.amount());
            case RateOverride o -> messages.get("conflict.ui.missionYear", messages.get(o.mission()), o.contractYear());
            case WorkflowData.EnteredAmount e -> text.full(e.line());
            case RecordedCrisis c -> (FrenchFormat.date(c.recognition().date()) + " " + c.recognition().reference())
                    .strip();
            case RecordedAmendment a -> messages.get("conflict.ui.amendment", a.terms().number(),
                    FrenchFormat.date(a.terms().effectiveDate()));
            case AnnexFile x -> FrenchFormat.dateTime(x.generatedAt(), zone) + " " + x.documentId();
            case null, default -> change.subject().equals(change.what()) ? ""
                    : messages.has(change.subject()) ? messages.get(change.subject()) : change.subject();
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
