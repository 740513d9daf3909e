package fr.referentcpts.core.exchange;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.workflow.HealthProject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two states of the same case file changed apart — this computer's ({@code mine}) and another's
 * ({@code theirs}) — made one, change by change: each change the referent takes from
 * {@code theirs} is applied as it is there (a field's value, an item added, replaced or removed,
 * a whole stage form); everything else stays as in {@code mine}. Items are taken whole, with
 * what they hold (an indicator's tiers and yearly values, a meeting's next actions, a
 * document's or an annex's bytes untouched). A person a kept meeting or the health project
 * cites stays in the case, whatever was chosen for that person: no reference is left dangling.
 */
public final class CaseMerge {
    private final CaseBundle mine;
    private final CaseBundle theirs;
    private final Set<String> taken;

    private CaseMerge(CaseBundle mine, CaseBundle theirs, Set<String> taken) {
        this.mine = mine;
        this.theirs = theirs;
        this.taken = taken;
    }

    /** The field-by-field differences from {@code mine} to {@code theirs}, each with its {@link Change#key()}. */
    public static List<Change> changes(CaseBundle mine, CaseBundle theirs) {
        return Differences.between(mine, theirs);
    }

    /** The two versions of what a change is about; null on the side that lacks it. */
    public record Sides(Object mine, Object theirs) {
    }

    /**
     * What {@code change} (of {@link #changes}) is about, on each side: a field's two values, an
     * item's two records (an attached document or annex as its record, bytes aside), a form's two
     * records.
     */
    public static Sides sides(CaseBundle mine, CaseBundle theirs, Change change) {
        for (BundleParts.Form<?> form : BundleParts.FORMS) {
            if (form.what().equals(change.what())) {
                return new Sides(form.form().apply(mine.workflow()), form.form().apply(theirs.workflow()));
            }
        }
        for (BundleParts.Part<?> part : BundleParts.ITEMS) {
            if (part.what().equals(change.what())) {
                return new Sides(shown(BundleParts.find(part, mine, change.item())),
                        shown(BundleParts.find(part, theirs, change.item())));
            }
        }
        return new Sides(change.before(), change.after());
    }

    private static Object shown(Object item) {
        if (item instanceof AttachedFile file) {
            return file.document();
        }
        if (item instanceof AnnexFile annex) {
            return new AnnexFile(annex.id(), annex.generatedAt(), annex.rulesVersion(), annex.sha256(),
                    annex.documentId(), annex.pageCount(), annex.size(), annex.finalVersion(), null);
        }
        return item;
    }

    /**
     * The merged case: {@code mine} with the {@code taken} changes (of {@link #changes}) applied
     * from {@code theirs}. Its last change is {@code now}, or just after both states when the
     * clock is behind one of them, so it is the newest version at the next synchronisation.
     */
    public static CaseBundle merge(CaseBundle mine, CaseBundle theirs, Collection<Change> taken, Instant now) {
        if (!mine.caseFile().id().equals(theirs.caseFile().id())) {
            throw new IllegalArgumentException("not the same case: " + mine.caseFile().id() + ", "
                    + theirs.caseFile().id());
        }
        Set<String> keys = taken.stream().map(Change::key).collect(Collectors.toCollection(HashSet::new));
        return new CaseMerge(mine, theirs, keys).merged(Objects.requireNonNull(now, "now"));
    }

    private CaseBundle merged(Instant now) {
        List<Meeting> meetings = items(BundleParts.MEETINGS);
        HealthProject health = form(BundleParts.HEALTH_PROJECT);
        keepCited(meetings, health);
        WorkflowData workflow = new WorkflowData(form(BundleParts.PRE_PROJECT), form(BundleParts.LETTER_OF_INTENT),
                health, form(BundleParts.NEGOTIATION), items(BundleParts.ENTERED_AMOUNTS),
                items(BundleParts.HISTORY), meetings, items(BundleParts.REVIEWS), items(BundleParts.PAYMENTS),
                items(BundleParts.CRISES), items(BundleParts.CRISIS_PLAN), items(BundleParts.AMENDMENTS),
                form(BundleParts.PAYMENT_FILE));
        MissionContent missions = new MissionContent(items(BundleParts.MISSIONS), items(BundleParts.ACTIONS),
                items(BundleParts.INDICATORS), items(BundleParts.OVERRIDES));
        return new CaseBundle(caseFile(now), items(BundleParts.COMMUNES), items(BundleParts.PEOPLE), missions,
                items(BundleParts.DOCUMENTS), workflow, items(BundleParts.ANNEXES));
    }

    private CaseFile caseFile(Instant now) {
        CaseFile a = mine.caseFile();
        CaseFile b = theirs.caseFile();
        Instant latest = a.updatedAt().isAfter(b.updatedAt()) ? a.updatedAt() : b.updatedAt();
        Instant updatedAt = now.isAfter(latest) ? now : latest.plusMillis(1);
        WorkflowStage stage = field("exchange.field.stage") ? b.stage() : a.stage();
        return new CaseFile(a.id(), field("exchange.field.name") ? b.name() : a.name(),
                field("exchange.field.departement") ? b.departement() : a.departement(),
                field("exchange.field.referent") ? b.referent() : a.referent(),
                field("exchange.field.notes") ? b.notes() : a.notes(), stage,
                field("exchange.field.archived") ? b.archived() : a.archived(), a.createdAt(), updatedAt, a.version());
    }

    private boolean field(String what) {
        return taken.contains(what);
    }

    private <F extends Record> F form(BundleParts.Form<F> form) {
        return (taken.contains(form.what()) ? form.form().apply(theirs.workflow()) : form.form().apply(mine.workflow()));
    }

    private boolean taken(BundleParts.Part<?> part, String key) {
        return taken.contains(part.what() + "/" + key);
    }

    /**
     * Mine's items, each taken one replaced or removed as in theirs; theirs' taken additions
     * placed after the item that precedes them there (first when none does), so taking every
     * change gives theirs' list.
     */
    private <T> List<T> items(BundleParts.Part<T> part) {
        List<T> own = part.items().apply(mine);
        List<T> other = part.items().apply(theirs);
        Map<String, T> otherByKey = Differences.index(other, part.key());
        Set<String> ownKeys = own.stream().map(part.key()).collect(Collectors.toSet());
        List<T> result = new ArrayList<>();
        List<String> resultKeys = new ArrayList<>();
        for (T item : own) {
            String key = part.key().apply(item);
            T kept = taken(part, key) ? otherByKey.get(key) : item;
            if (kept != null) {
                result.add(kept);
                resultKeys.add(key);
            }
        }
        for (int i = 0; i < other.size(); i++) {
            String key = part.key().apply(other.get(i));
            if (!ownKeys.contains(key) && taken(part, key)) {
                int at = 0;
                for (int j = i - 1; j >= 0 && at == 0; j--) {
                    at = resultKeys.indexOf(part.key().apply(other.get(j))) + 1;
                }
                result.add(at, other.get(i));
                resultKeys.add(at, key);
            }
        }
        return result;
    }

    /** The people {@code meetings} and {@code health} cite are kept, or added from theirs, whatever was chosen. */
    private void keepCited(List<Meeting> meetings, HealthProject health) {
        Set<String> cited = new LinkedHashSet<>();
        meetings.forEach(m -> m.participants().forEach(p -> cited.add(p.toString())));
        if (health != null) {
            List.of(Objects.toString(health.presidentId(), ""), Objects.toString(health.coordinatorId(), ""))
                    .stream().filter(id -> !id.isEmpty()).forEach(cited::add);
        }
        Set<String> own = ids(mine);
        Set<String> other = ids(theirs);
        String prefix = BundleParts.PEOPLE.what() + "/";
        for (String id : cited) {
            if (own.contains(id) && !other.contains(id)) {
                taken.remove(prefix + id);
            } else if (!own.contains(id)) {
                taken.add(prefix + id);
            }
        }
    }

    private static Set<String> ids(CaseBundle bundle) {
        return bundle.people().stream().map(Person::id).map(Object::toString).collect(Collectors.toSet());
    }
}
