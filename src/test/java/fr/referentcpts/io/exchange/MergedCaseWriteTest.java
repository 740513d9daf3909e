package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseMerge;
import fr.referentcpts.core.exchange.Change;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo case changed on the server (renamed, a person gone, a new one cited by a new meeting,
 * a payment and a measure corrected), merged as chosen, then written to the database and read
 * back as merged: the merged case is a whole case whose references all hold.
 */
class MergedCaseWriteTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path dataDir;
    private AppContext context;
    private CaseBundle mine;
    private CaseBundle theirs;
    private UUID leaving;
    private final UUID newcomer = UUID.randomUUID();
    private final UUID newMeeting = UUID.randomUUID();

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demo().load();
        mine = context.exchange().bundles(context.caseFiles().list().stream().map(CaseFile::id).toList()).stream()
                .filter(b -> b.workflow().meetings().stream().flatMap(m -> m.participants().stream())
                        .anyMatch(p -> !officers(b).contains(p))
                        && !b.workflow().payments().isEmpty() && !b.missions().indicators().isEmpty())
                .findFirst().orElseThrow();
        theirs = serversVersion(mine);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everythingTakenIsWrittenAsTheServersVersion() {
        CaseBundle merged = CaseMerge.merge(mine, theirs, CaseMerge.changes(mine, theirs), NOW);

        CaseBundle written = write(merged);

        assertEquals(List.of(), CaseMerge.changes(theirs, written));
        assertEquals(NOW, written.caseFile().updatedAt());
    }

    @Test
    void aNewMeetingTakenWithAPersonRemovalKeepsEveryoneItCitesAndIsWritten() {
        List<Change> taken = CaseMerge.changes(mine, theirs).stream()
                .filter(c -> c.key().equals("exchange.item.meeting/" + newMeeting)
                        || c.key().equals("exchange.item.person/" + leaving))
                .toList();
        assertEquals(2, taken.size());

        CaseBundle written = write(CaseMerge.merge(mine, theirs, taken, NOW));

        Set<UUID> people = written.people().stream().map(Person::id).collect(java.util.stream.Collectors.toSet());
        assertTrue(people.contains(newcomer), "the new meeting's participant came with it");
        assertTrue(people.contains(leaving), "still cited by this computer's meeting: kept");
        assertTrue(written.workflow().meetings().stream().anyMatch(m -> m.id().equals(newMeeting)));
        assertEquals(mine.caseFile().name(), written.caseFile().name());
        assertEquals(mine.workflow().payments(), written.workflow().payments());
    }

    @Test
    void nothingTakenWritesThisComputersVersionBack() {
        CaseBundle written = write(CaseMerge.merge(mine, theirs, List.of(), NOW));

        assertEquals(List.of(), CaseMerge.changes(mine, written));
    }

    private CaseBundle write(CaseBundle merged) {
        context.exchange().apply(context.exchange().plan(List.of(merged)), true);
        CaseBundle written = context.exchange().bundle(merged.caseFile().id());
        assertEquals(List.of(), CaseMerge.changes(merged, written), "written as merged");
        return written;
    }

    /** The health project's president and coordinator: a person the server removes is neither. */
    private static Set<UUID> officers(CaseBundle b) {
        var health = b.workflow().healthProject();
        return health == null ? Set.of() : java.util.stream.Stream.of(health.presidentId(), health.coordinatorId())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }

    /** Renamed, one meeting participant gone from the case, a newcomer at a new meeting, a payment and a measure corrected. */
    private CaseBundle serversVersion(CaseBundle b) {
        CaseFile c = b.caseFile();
        UUID caseId = c.id();
        leaving = b.workflow().meetings().stream().flatMap(m -> m.participants().stream())
                .filter(p -> !officers(b).contains(p)).findFirst().orElseThrow();
        List<Person> people = new ArrayList<>(b.people().stream().filter(p -> !p.id().equals(leaving)).toList());
        people.add(new Person(newcomer, caseId, PersonKind.OTHER, null, "Nina Lefèvre", "", "", Set.of(), "", "", "",
                "", null, ""));
        List<Meeting> meetings = new ArrayList<>(b.workflow().meetings().stream().map(m -> new Meeting(m.id(),
                m.caseId(), m.date(), m.time(), m.place(), m.kind(),
                m.participants().stream().filter(p -> !p.equals(leaving)).toList(), m.otherParticipants(), m.agenda(),
                m.decisions(), m.actions(), m.version())).toList());
        meetings.add(new Meeting(newMeeting, caseId, LocalDate.of(2026, 11, 19), null, "Visioconférence",
                MeetingKind.OTHER, List.of(newcomer), "", "Accueil de Nina Lefèvre", "", List.of(), 0));
        List<PaymentReceived> payments = new ArrayList<>(b.workflow().payments());
        PaymentReceived p = payments.getFirst();
        payments.set(0, new PaymentReceived(p.id(), caseId, p.date(), p.amount().add(BigDecimal.TEN), p.line(),
                "corrigé"));
        List<Indicator> indicators = new ArrayList<>(b.missions().indicators());
        indicators.set(0, indicators.getFirst().withMeasured(1, new BigDecimal("42")));
        WorkflowData w = b.workflow();
        MissionContent m = b.missions();
        return new CaseBundle(new CaseFile(caseId, c.name() + " (serveur)", c.departement(), c.referent(), c.notes(),
                c.stage(), c.archived(), c.createdAt(), NOW.minusSeconds(60), c.version()), b.territory(), people,
                new MissionContent(m.missions(), m.actions(), indicators, m.overrides()), b.documents(),
                new WorkflowData(w.preProject(), w.letterOfIntent(), w.healthProject(), w.negotiation(),
                        w.enteredAmounts(), w.history(), meetings, w.reviews(), payments, w.crises(), w.crisisPlan(),
                        w.amendments(), w.paymentFile()), b.annexes());
    }
}
