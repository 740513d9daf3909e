package fr.referentcpts.core.exchange;

import static fr.referentcpts.testing.ConflictFixtures.DUVAL;
import static fr.referentcpts.testing.ConflictFixtures.LEBRUN;
import static fr.referentcpts.testing.ConflictFixtures.MARTIN_DOCTOR;
import static fr.referentcpts.testing.ConflictFixtures.MARTIN_NURSE;
import static fr.referentcpts.testing.ConflictFixtures.NEW_DOCUMENT;
import static fr.referentcpts.testing.ConflictFixtures.NEW_MEETING;
import static fr.referentcpts.testing.ConflictFixtures.SHARED_INDICATOR;
import static fr.referentcpts.testing.ConflictFixtures.SHARED_MEETING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.testing.ConflictFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A case changed on this computer and on the server, merged change by change as the referent chose. */
class CaseMergeTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final CaseBundle mine = ConflictFixtures.mine();
    private final CaseBundle theirs = ConflictFixtures.theirs();
    private final List<Change> changes = CaseMerge.changes(mine, theirs);

    @Test
    void theTwoVersionsDifferInEveryPartOfTheCaseAndEachChangeHasItsOwnKey() {
        Set<String> parts = changes.stream().map(Change::what).collect(Collectors.toSet());
        assertEquals(Set.of("exchange.field.name", "exchange.field.notes", "exchange.field.stage",
                "exchange.item.commune", "exchange.item.person", "exchange.item.mission", "exchange.item.action",
                "exchange.item.indicator", "exchange.item.override", "exchange.item.document",
                "exchange.form.letterOfIntent", "exchange.form.healthProject", "exchange.form.negotiation",
                "exchange.item.enteredAmount", "exchange.item.history", "exchange.item.meeting",
                "exchange.item.review", "exchange.item.payment", "conflict.item.crisis", "conflict.item.crisisPlan",
                "conflict.item.amendment", "conflict.form.paymentFile", "exchange.item.annex"), parts);
        assertEquals(changes.size(), changes.stream().map(Change::key).distinct().count(), changes.toString());
    }

    @Test
    void takingNothingKeepsThisComputersVersion() {
        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(), NOW);

        assertEquals(List.of(), Differences.between(mine, merged));
        assertEquals(mine.people(), merged.people());
        assertEquals(mine.workflow(), merged.workflow());
        assertEquals(mine.documents(), merged.documents());
    }

    @Test
    void takingEverythingGivesTheServersVersionInItsOrder() {
        CaseBundle merged = CaseMerge.merge(mine, theirs, changes, NOW);

        assertEquals(List.of(), Differences.between(theirs, merged));
        assertEquals(theirs.territory(), merged.territory());
        assertEquals(theirs.people(), merged.people());
        assertEquals(theirs.missions(), merged.missions());
        assertEquals(theirs.documents(), merged.documents());
        assertEquals(RecordText.of(theirs.workflow()), RecordText.of(merged.workflow()),
                "the same, row counters aside (a form or a review differing only by its counter is not a change)");
        assertEquals(theirs.annexes(), merged.annexes());
        CaseFile c = merged.caseFile();
        assertEquals(mine.caseFile().id(), c.id());
        assertEquals("CPTS du Bocage virois et du Pré-Bocage", c.name());
        assertEquals(mine.caseFile().version(), c.version(), "the local row counter, not the server's");
    }

    @Test
    void takingOneChangeMakesExactlyThatChange() {
        Set<String> citing = Set.of("exchange.item.person/" + LEBRUN, "exchange.item.person/" + DUVAL,
                "exchange.item.meeting/" + NEW_MEETING, "exchange.form.healthProject");
        for (Change change : changes) {
            if (!citing.contains(change.key())) {
                CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(change), NOW);
                assertEquals(List.of(change), Differences.between(mine, merged), change.key());
            }
        }
    }

    @Test
    void twoPeopleOfTheSameNameAreToldApart() {
        Change doctor = only(c -> c.key().equals("exchange.item.person/" + MARTIN_DOCTOR));
        assertEquals("Claire Martin", doctor.subject());

        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(doctor), NOW);

        assertEquals("02 31 99 99 99", person(merged, MARTIN_DOCTOR).phone(), "the doctor's new phone");
        assertEquals("06 11 22 33 44", person(merged, MARTIN_NURSE).phone(), "the nurse as she was");
    }

    @Test
    void aMeetingTakenFromTheServerBringsThePersonItCites() {
        Change meeting = only(c -> c.key().equals("exchange.item.meeting/" + NEW_MEETING));

        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(meeting), NOW);

        assertEquals(List.of(DUVAL), meeting(merged, NEW_MEETING).participants());
        assertEquals("Marc Duval", person(merged, DUVAL).name());
        assertEquals(2, Differences.between(mine, merged).size(), "the meeting and its participant");
    }

    @Test
    void aPersonTheServerRemovedStaysWhileAKeptMeetingCitesThem() {
        Change removal = only(c -> c.key().equals("exchange.item.person/" + LEBRUN));
        assertEquals(Change.Kind.REMOVED, removal.kind());

        CaseBundle kept = CaseMerge.merge(mine, theirs, List.of(removal), NOW);
        assertEquals("Paul Lebrun", person(kept, LEBRUN).name());

        Change meeting = only(c -> c.key().equals("exchange.item.meeting/" + SHARED_MEETING));
        CaseBundle both = CaseMerge.merge(mine, theirs, List.of(removal, meeting), NOW);
        assertTrue(both.people().stream().noneMatch(p -> p.id().equals(LEBRUN)),
                "the server's meeting no longer cites him: the removal applies");
    }

    @Test
    void theHealthProjectTakenBringsItsCoordinator() {
        Change health = only(c -> c.key().equals("exchange.form.healthProject"));

        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(health), NOW);

        assertEquals(DUVAL, merged.workflow().healthProject().coordinatorId());
        assertEquals("Marc Duval", person(merged, DUVAL).name());
    }

    @Test
    void anIndicatorTakenComesWithItsTiersAndYearlyValues() {
        Change indicator = only(c -> c.key().equals("exchange.item.indicator/" + SHARED_INDICATOR));

        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(indicator), NOW);

        Indicator taken = merged.missions().indicators().getFirst();
        assertEquals(theirs.missions().indicators().getFirst(), taken);
        assertEquals(2, taken.tiers().size());
        assertEquals(Set.of(1, 2), taken.measured().keySet());
    }

    @Test
    void aMeetingTakenComesWithItsNextActions() {
        Change meeting = only(c -> c.key().equals("exchange.item.meeting/" + SHARED_MEETING));

        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(meeting), NOW);

        Meeting taken = meeting(merged, SHARED_MEETING);
        assertEquals(List.of("Envoyer les statuts", "Réserver la salle"),
                taken.actions().stream().map(a -> a.text()).toList());
        assertTrue(taken.actions().getFirst().done());
    }

    @Test
    void documentsKeepTheirBytes() {
        Change document = only(c -> c.key().equals("exchange.item.document/" + NEW_DOCUMENT));

        CaseBundle merged = CaseMerge.merge(mine, theirs, List.of(document), NOW);

        assertEquals(2, merged.documents().size());
        assertArrayEquals(mine.documents().getFirst().content(), merged.documents().getFirst().content());
        assertArrayEquals("compte rendu".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                merged.documents().get(1).content());
        assertArrayEquals(mine.annexes().getFirst().source().bytes(), merged.annexes().getFirst().source().bytes());
    }

    @Test
    void theMergedCaseIsNewerThanBothVersions() {
        assertEquals(NOW, CaseMerge.merge(mine, theirs, List.of(), NOW).caseFile().updatedAt());

        Instant behind = ConflictFixtures.MINE_AT.minusSeconds(3600);
        Instant updated = CaseMerge.merge(mine, theirs, List.of(), behind).caseFile().updatedAt();
        assertTrue(updated.isAfter(ConflictFixtures.THEIRS_AT) && updated.isAfter(ConflictFixtures.MINE_AT),
                "a clock an hour behind still gives the newest version: " + updated);
    }

    @Test
    void twoDifferentCasesAreNotMerged() {
        CaseBundle other = new CaseBundle(new CaseFile(UUID.randomUUID(), "Autre", "14", "", "",
                theirs.caseFile().stage(), false, null, ConflictFixtures.THEIRS_AT, 0), List.of(), List.of(),
                theirs.missions(), List.of(), WorkflowData.EMPTY, List.of());
        assertThrows(IllegalArgumentException.class, () -> CaseMerge.merge(mine, other, List.of(), NOW));
    }

    private Change only(Predicate<Change> which) {
        List<Change> found = changes.stream().filter(which).toList();
        assertEquals(1, found.size(), changes.toString());
        return found.getFirst();
    }

    private static Person person(CaseBundle bundle, UUID id) {
        return bundle.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no person " + id + " in " + bundle.people()));
    }

    private static Meeting meeting(CaseBundle bundle, UUID id) {
        return bundle.workflow().meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
