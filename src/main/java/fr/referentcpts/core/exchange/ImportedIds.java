package fr.referentcpts.core.exchange;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.documents.CaseDocument;
import fr.referentcpts.core.exchange.RecordOwners.Kind;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.followup.RecordedAmendment;
import fr.referentcpts.core.followup.RecordedCrisis;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.HistoryEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes an imported bundle belong to its case only. Every record is given the imported case's
 * id, whatever case id the file wrote in it; a record whose id is already taken — by a row of
 * another case in the database, or by an earlier record of the same import — gets a new id,
 * and the references to it (meeting participants, the health project's president and
 * coordinator) follow. A reference to a person the case does not hold is refused. So the ids
 * of a file never reach another case's rows.
 */
final class ImportedIds {
    private final RecordOwners owners;
    private final Supplier<UUID> newIds;
    private final Map<Kind, Set<UUID>> claimed = new EnumMap<>(Kind.class);
    /** Owners looked up ahead ({@link #lookUp}): id → owning case, for the ids of {@link #lookedUp}. */
    private final Map<Kind, Map<UUID, UUID>> known = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<UUID>> lookedUp = new EnumMap<>(Kind.class);

    /** One instance per import: ids claimed by one case of the file are not reused by the next. */
    ImportedIds(RecordOwners owners, Supplier<UUID> newIds) {
        this.owners = owners;
        this.newIds = newIds;
    }

    /**
     * Looks up at once the owners of every id {@code bundles} carry: one query a kind of row for
     * the whole import rather than one a case (the database does not change while a plan is made).
     */
    ImportedIds lookUp(List<CaseBundle> bundles) {
        Map<Kind, Set<UUID>> all = new EnumMap<>(Kind.class);
        bundles.forEach(b -> ids(b).forEach((kind, list) -> all.computeIfAbsent(kind, k -> new HashSet<>())
                .addAll(list)));
        all.forEach((kind, set) -> {
            known.put(kind, new HashMap<>(owners.owners(kind, set)));
            lookedUp.put(kind, set);
        });
        return this;
    }

    private Map<UUID, UUID> owners(Kind kind, Set<UUID> wanted) {
        if (lookedUp.getOrDefault(kind, Set.of()).containsAll(wanted)) {
            Map<UUID, UUID> found = new HashMap<>();
            Map<UUID, UUID> byId = known.get(kind);
            wanted.forEach(id -> {
                if (byId.containsKey(id)) {
                    found.put(id, byId.get(id));
                }
            });
            return found;
        }
        return owners.owners(kind, wanted);
    }

    CaseBundle rehome(CaseBundle bundle) {
        CaseFile c = bundle.caseFile();
        UUID caseId = c.id();
        Ids ids = new Ids(caseId);
        List<Person> people = ids.map(Kind.PERSON, bundle.people(), Person::id, (p, id) -> new Person(id, caseId,
                p.kind(), p.profession(), p.name(), p.organisation(), p.commune(), p.roles(), p.email(), p.phone(),
                p.rpps(), p.finess(), p.joinedOn(), p.notes()));
        Map<UUID, UUID> personIds = ids.renamed(Kind.PERSON);
        MissionContent m = bundle.missions();
        List<MissionAction> actions = ids.map(Kind.ACTION, m.actions(), MissionAction::id, (a, id) ->
                new MissionAction(id, caseId, a.mission(), a.title(), a.description(), a.pilot(), a.partners(),
                        a.calendar(), a.deliverables()));
        List<Indicator> indicators = ids.map(Kind.INDICATOR, m.indicators(), Indicator::id, (i, id) ->
                new Indicator(id, caseId, i.mission(), i.label(), i.kind(), i.unit(), i.baseline(), i.direction(),
                        i.weight(), i.targets(), i.measured(), i.amount(), i.tiers(), i.dataSource()));
        List<AttachedFile> documents = ids.map(Kind.DOCUMENT, bundle.documents(), f -> f.document().id(),
                (f, id) -> new AttachedFile(document(f.document(), id, caseId), f.source()));
        WorkflowData w = bundle.workflow();
        List<HistoryEntry> history = ids.map(Kind.HISTORY, w.history(), HistoryEntry::id, (h, id) ->
                new HistoryEntry(id, caseId, h.date(), h.recordedAt(), h.kind(), h.from(), h.to(), h.decidedBy(),
                        h.reason(), h.author()));
        List<NextAction> allActions = w.meetings().stream().flatMap(x -> x.actions().stream()).toList();
        List<NextAction> nextActions = ids.map(Kind.MEETING_ACTION, allActions, NextAction::id, (a, id) ->
                new NextAction(id, a.text(), a.owner(), a.due(), a.done()));
        int[] taken = {0};
        List<Meeting> meetings = ids.map(Kind.MEETING, w.meetings(), Meeting::id, (x, id) -> {
            List<NextAction> own = List.copyOf(nextActions.subList(taken[0], taken[0] + x.actions().size()));
            taken[0] += x.actions().size();
            return new Meeting(id, caseId, x.date(), x.time(), x.place(), x.kind(),
                    x.participants().stream().map(p -> person(personIds, p, c)).toList(), x.otherParticipants(),
                    x.agenda(), x.decisions(), own, 0);
        });
        List<PaymentReceived> payments = ids.map(Kind.PAYMENT, w.payments(), PaymentReceived::id, (p, id) ->
                new PaymentReceived(id, caseId, p.date(), p.amount(), p.line(), p.note()));
        List<AnnexFile> annexes = ids.map(Kind.ANNEX, bundle.annexes(), AnnexFile::id, (a, id) -> a.withId(id));
        HealthProject hp = w.healthProject();
        HealthProject health = hp == null ? null : new HealthProject(hp.associationName(), hp.rna(), hp.statutesDate(),
                hp.constitutiveAssembly(), hp.seat(), person(personIds, hp.presidentId(), c),
                person(personIds, hp.coordinatorId(), c), hp.diagnosis(), hp.received(), hp.arsValidation(),
                hp.amValidation(), hp.version());
        List<RecordedCrisis> crises = ids.map(Kind.CRISIS, w.crises(), RecordedCrisis::id, (x, id) ->
                new RecordedCrisis(id, x.recognition()));
        List<RecordedAmendment> amendments = ids.map(Kind.AMENDMENT, w.amendments(), RecordedAmendment::id, (x, id) ->
                new RecordedAmendment(id, x.terms(), x.recordedAt()));
        WorkflowData workflow = new WorkflowData(w.preProject(), w.letterOfIntent(), health, w.negotiation(),
                w.enteredAmounts(), history, meetings, w.reviews(), payments, crises, w.crisisPlan(), amendments,
                w.paymentFile());
        return new CaseBundle(c, bundle.territory(), people,
                new MissionContent(m.missions(), actions, indicators, m.overrides()), documents, workflow, annexes);
    }

    /**
     * The first of {@code bundles} with records whose ids now belong to another case (the database
     * changed since the plan), looked up one query a kind of row for all bundles.
     */
    static java.util.Optional<CaseBundle> foreign(List<CaseBundle> bundles, RecordOwners owners) {
        Map<Kind, Map<UUID, UUID>> expected = new EnumMap<>(Kind.class);
        bundles.forEach(b -> ids(b).forEach((kind, list) -> list.forEach(id -> expected
                .computeIfAbsent(kind, k -> new HashMap<>()).put(id, b.caseFile().id()))));
        Set<UUID> foreignCases = new HashSet<>();
        expected.forEach((kind, cases) -> owners.owners(kind, cases.keySet()).forEach((id, owner) -> {
            if (!owner.equals(cases.get(id))) {
                foreignCases.add(cases.get(id));
            }
        }));
        return bundles.stream().filter(b -> foreignCases.contains(b.caseFile().id())).findFirst();
    }

    /** The ids of {@code bundle}'s records that have one, kind by kind. */
    private static Map<Kind, List<UUID>> ids(CaseBundle bundle) {
        WorkflowData w = bundle.workflow();
        Map<Kind, List<UUID>> ids = new EnumMap<>(Kind.class);
        ids.put(Kind.PERSON, bundle.people().stream().map(Person::id).toList());
        ids.put(Kind.ACTION, bundle.missions().actions().stream().map(MissionAction::id).toList());
        ids.put(Kind.INDICATOR, bundle.missions().indicators().stream().map(Indicator::id).toList());
        ids.put(Kind.DOCUMENT, bundle.documents().stream().map(f -> f.document().id()).toList());
        ids.put(Kind.HISTORY, w.history().stream().map(HistoryEntry::id).toList());
        ids.put(Kind.MEETING, w.meetings().stream().map(Meeting::id).toList());
        ids.put(Kind.MEETING_ACTION, w.meetings().stream().flatMap(x -> x.actions().stream()).map(NextAction::id)
                .toList());
        ids.put(Kind.PAYMENT, w.payments().stream().map(PaymentReceived::id).toList());
        ids.put(Kind.ANNEX, bundle.annexes().stream().map(AnnexFile::id).toList());
        ids.put(Kind.CRISIS, w.crises().stream().map(RecordedCrisis::id).toList());
        ids.put(Kind.AMENDMENT, w.amendments().stream().map(RecordedAmendment::id).toList());
        return ids;
    }

    private static UUID person(Map<UUID, UUID> personIds, UUID reference, CaseFile c) {
        if (reference == null) {
            return null;
        }
        UUID mapped = personIds.get(reference);
        if (mapped == null) {
            throw new DomainException("exchange.error.foreignPerson", c.name(), reference.toString());
        }
        return mapped;
    }

    private static CaseDocument document(CaseDocument d, UUID id, UUID caseId) {
        return new CaseDocument(id, caseId, d.kind(), d.fileName(), d.mediaType(), d.size(), d.sha256(),
                d.documentDate(), d.note(), d.addedAt());
    }

    /** The ids of one case's records, kind by kind: kept when free or already this case's, else new. */
    private final class Ids {
        private final UUID caseId;
        private final Map<Kind, Map<UUID, UUID>> renamed = new EnumMap<>(Kind.class);

        Ids(UUID caseId) {
            this.caseId = caseId;
        }

        <T> List<T> map(Kind kind, List<T> records, Function<T, UUID> id, BiFunction<T, UUID, T> with) {
            List<UUID> wanted = records.stream().map(id).toList();
            Map<UUID, UUID> inDatabase = owners(kind, new HashSet<>(wanted));
            Set<UUID> used = claimed.computeIfAbsent(kind, k -> new HashSet<>());
            Map<UUID, UUID> names = renamed.computeIfAbsent(kind, k -> new HashMap<>());
            List<T> result = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                UUID original = wanted.get(i);
                UUID owner = inDatabase.get(original);
                UUID given = original;
                if (used.contains(original) || (owner != null && !owner.equals(caseId))) {
                    do {
                        given = newIds.get();
                    } while (used.contains(given) || !owners.owners(kind, List.of(given)).isEmpty());
                }
                used.add(given);
                names.putIfAbsent(original, given);
                result.add(with.apply(records.get(i), given));
            }
            return result;
        }

        /** Original id → id given, for the records of {@code kind} mapped so far (the first of duplicates). */
        Map<UUID, UUID> renamed(Kind kind) {
            return renamed.getOrDefault(kind, Map.of());
        }
    }
}
