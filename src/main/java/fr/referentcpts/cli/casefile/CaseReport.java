package fr.referentcpts.cli.casefile;

import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.Money;
import fr.referentcpts.core.funding.TerminationResult;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.Requirement;
import fr.referentcpts.core.workflow.WorkflowStatus;
import fr.referentcpts.i18n.Messages;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code cases show}: a case's stage, requirements, history and next deadlines, as JSON or French text. */
final class CaseReport {
    /** How many deadlines still to come or to do are shown. */
    static final int DEADLINES = 10;

    private final Messages messages;
    private final LocalDate today;

    CaseReport(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
    }

    Map<String, Object> json(CaseSnapshot snapshot, WorkflowStatus status, List<Deadline> deadlines,
            Optional<TerminationResult> recovery) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", snapshot.id().toString());
        root.put("name", snapshot.caseFile().name());
        root.put("departement", snapshot.caseFile().departement());
        root.put("stage", status.stage().name());
        root.put("stageLabel", messages.get(status.stage()));
        root.put("nextStage", status.nextStage().map(Enum::name).orElse(null));
        root.put("canAdvance", status.canAdvance());
        root.put("nextAction", messages.get(status.next().phrase()));
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (Requirement r : status.requirements()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("label", messages.get(r.label()));
            row.put("severity", r.severity().name());
            row.put("met", r.met());
            row.put("upcoming", r.upcoming() == null ? null : r.upcoming().toString());
            row.put("detail", r.detail() == null ? null : messages.get(r.detail()));
            requirements.add(row);
        }
        root.put("requirements", requirements);
        root.put("missingBlocking", status.missingBlocking().stream().map(Requirement::code).toList());
        root.put("missingWarnings", status.missingWarnings().stream().map(Requirement::code).toList());
        root.put("upcoming", status.pending().stream().map(Requirement::code).toList());
        List<Map<String, Object>> history = new ArrayList<>();
        for (HistoryEntry e : snapshot.history()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date().toString());
            row.put("kind", e.kind().name());
            row.put("label", messages.get(e.kind()));
            row.put("from", e.from() == null ? null : e.from().name());
            row.put("to", e.to() == null ? null : e.to().name());
            row.put("decidedBy", e.decidedBy() == null ? null : e.decidedBy().name());
            row.put("reason", e.reason());
            row.put("author", e.author());
            history.add(row);
        }
        root.put("history", history);
        List<Map<String, Object>> next = new ArrayList<>();
        for (Deadline d : pending(deadlines)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", d.date().toString());
            row.put("kind", d.kind().name());
            row.put("title", messages.get(d.title()));
            row.put("overdue", d.overdue(today));
            next.add(row);
        }
        root.put("deadlines", next);
        recovery.ifPresent(r -> root.put("recoveryTotal", Money.plain(r.total())));
        return root;
    }

    void text(PrintWriter out, CaseSnapshot snapshot, WorkflowStatus status, List<Deadline> deadlines,
            Optional<TerminationResult> recovery) {
        out.println(messages.get("workflow.cli.show.title", snapshot.caseFile().name(), snapshot.id()));
        out.println(messages.get("workflow.cli.show.stage", messages.get(status.stage())));
        out.println(messages.get("workflow.cli.show.next", messages.get(status.next().phrase())));
        if (!status.requirements().isEmpty()) {
            out.println();
            out.println(messages.get("workflow.cli.show.requirements"));
            for (Requirement r : status.requirements()) {
                String mark = r.met() ? "[x]" : r.pending() ? "[~]" : r.blocking() ? "[ ]" : "[!]";
                String detail = r.detail() == null ? "" : " (" + messages.get(r.detail()) + ")";
                out.println("  " + mark + " " + messages.get(r.label()) + detail);
            }
        }
        recovery.ifPresent(r -> out.println(messages.get("workflow.cli.show.recovery", FrenchFormat.amount(r.total()))));
        if (!snapshot.history().isEmpty()) {
            out.println();
            out.println(messages.get("workflow.cli.show.history"));
            for (HistoryEntry e : snapshot.history()) {
                out.println("  " + FrenchFormat.date(e.date()) + "  " + historyLine(e));
            }
        }
        List<Deadline> next = pending(deadlines);
        if (!next.isEmpty()) {
            out.println();
            out.println(messages.get("workflow.cli.show.deadlines"));
            for (Deadline d : next) {
                out.println("  " + FrenchFormat.date(d.date()) + "  " + messages.get(d.title())
                        + (d.overdue(today) ? " – " + messages.get("workflow.cli.show.overdue") : ""));
            }
        }
        out.flush();
    }

    String historyLine(HistoryEntry e) {
        StringBuilder line = new StringBuilder(messages.get(e.kind()));
        if (e.from() != null && e.to() != null && e.from() != e.to()) {
            line.append(" : ").append(messages.get(e.from())).append(" → ").append(messages.get(e.to()));
        }
        if (e.decidedBy() != null) {
            line.append(" – ").append(messages.get(e.decidedBy()));
        }
        if (!e.reason().isEmpty()) {
            line.append(" – ").append(e.reason());
        }
        if (!e.author().isEmpty()) {
            line.append(" (").append(e.author()).append(')');
        }
        return line.toString();
    }

    private List<Deadline> pending(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.pending(today)).limit(DEADLINES).toList();
    }
}
