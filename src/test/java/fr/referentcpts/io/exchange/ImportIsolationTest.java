package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.HistoryEntry;
import fr.referentcpts.core.workflow.HistoryKind;
import fr.referentcpts.testing.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crafted .cpts file whose records carry the ids of another case's rows (and that case's id)
 * creates its own case and never alters another.
 */
class ImportIsolationTest {
    private static final Instant WHEN = Instant.parse("2026-11-20T10:00:00Z");
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private AppContext context;
    private CaseBundle victim;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demo().load();
        victim = context.exchange().bundles(context.caseFiles().list().stream().map(CaseFile::id).toList()).stream()
                .filter(b -> !b.workflow().payments().isEmpty() && !b.workflow().meetings().isEmpty()
                        && !b.workflow().history().isEmpty() && !b.people().isEmpty())
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void recordsCarryingAnotherCasesIdsAreWrittenUnderTheImportedCaseWithNewIds() {
        UUID carrier = UUID.randomUUID();
        Person victimPerson = victim.people().getFirst();
        Meeting victimMeeting = victim.workflow().meetings().getFirst();
        PaymentReceived victimPayment = victim.workflow().payments().getFirst();
        HistoryEntry victimEntry = victim.workflow().history().getFirst();
        Person person = new Person(victimPerson.id(), carrier, PersonKind.OTHER, null, "Mme Porteuse", "", "",
                Set.of(), "", "", "", "", null, "");
        HistoryEntry entry = new HistoryEntry(victimEntry.id(), victim.caseFile().id(), LocalDate.of(2026, 1, 1), WHEN,
                HistoryKind.ADVANCE, WorkflowStage.PRE_PROJECT, WorkflowStage.LETTER_OF_INTENT, null, "ajout", "x");
        Meeting meeting = new Meeting(victimMeeting.id(), victim.caseFile().id(), LocalDate.of(2026, 2, 2), null,
                "Vire", MeetingKind.OTHER, List.of(victimPerson.id()), "", "ordre du jour", "", List.of(
                        new NextAction(victimMeeting.actions().isEmpty() ? UUID.randomUUID()
                                : victimMeeting.actions().getFirst().id(), "relancer", "", null, false)), 0);
        PaymentReceived payment = new PaymentReceived(victimPayment.id(), victim.caseFile().id(),
                LocalDate.of(2026, 3, 3), BigDecimal.ONE, null, "1 €");
        CaseBundle crafted = bundle(carrier, "CPTS Porteuse", List.of(person), new WorkflowData(null, null, null, null,
                List.of(), List.of(entry), List.of(meeting), List.of(), List.of(payment), List.of(), List.of(), List.of(), null));
        Path file = files.resolve("porteuse.cpts");
        CptsArchive.write(List.of(crafted), file, "test");

        List<CaseImport> plan = context.exchange().plan(CptsArchive.read(file));
        assertFalse(plan.getFirst().exists(), "announced as a new case");
        context.exchange().apply(plan, false);

        CaseBundle after = context.exchange().bundle(victim.caseFile().id());
        assertEquals(victim.caseFile(), after.caseFile(), "same fields, same updatedAt, same version");
        assertEquals(victim.workflow().payments(), after.workflow().payments(), "11 250 € never became 1 €");
        assertEquals(victim.workflow().history(), after.workflow().history());
        assertEquals(victim.workflow().meetings(), after.workflow().meetings());
        assertEquals(victim.people(), after.people());

        CaseBundle imported = context.exchange().bundle(carrier);
        WorkflowData written = imported.workflow();
        assertEquals(1, written.history().size());
        assertEquals(1, written.meetings().size());
        assertEquals(1, written.payments().size());
        assertEquals(0, new BigDecimal("1").compareTo(written.payments().getFirst().amount()));
        assertNotEquals(victimPayment.id(), written.payments().getFirst().id());
        assertNotEquals(victimEntry.id(), written.history().getFirst().id());
        assertNotEquals(victimMeeting.id(), written.meetings().getFirst().id());
        assertEquals(carrier, written.history().getFirst().caseId());
        assertEquals(List.of(imported.people().getFirst().id()), written.meetings().getFirst().participants(),
                "the participant is the imported case's own person, renamed with it");
        assertNotEquals(victimPerson.id(), imported.people().getFirst().id());

        WorkflowData planned = plan.getFirst().bundle().workflow();
        assertEquals(planned.payments().getFirst().id(), written.payments().getFirst().id(),
                "the plan is exactly what was written");
        assertEquals(0, planned.payments().getFirst().amount().compareTo(written.payments().getFirst().amount()));
        assertEquals(planned.history(), written.history());
        assertEquals(planned.meetings().getFirst().id(), written.meetings().getFirst().id());
        assertEquals(plan.getFirst().bundle().people(), imported.people());
    }

    @Test
    void twoCasesOfOneFileSharingRecordIdsEachKeepTheirOwnRecords() {
        UUID shared = UUID.randomUUID();
        List<CaseBundle> both = List.of(UUID.randomUUID(), UUID.randomUUID()).stream().map(id -> bundle(id,
                "CPTS " + id.toString().substring(0, 4), List.of(), new WorkflowData(null, null, null, null, List.of(),
                        List.of(), List.of(), List.of(), List.of(new PaymentReceived(shared, id,
                                LocalDate.of(2026, 3, 3), new BigDecimal("500"), null, "")), List.of(), List.of(),
                        List.of(), null))).toList();
        Path file = files.resolve("deux.cpts");
        CptsArchive.write(both, file, "test");

        context.exchange().apply(context.exchange().plan(CptsArchive.read(file)), false);

        for (CaseBundle b : both) {
            assertEquals(1, context.exchange().bundle(b.caseFile().id()).workflow().payments().size(), b.caseFile().name());
        }
    }

    @Test
    void aMeetingCitingAPersonOfAnotherCaseIsRefused() {
        UUID carrier = UUID.randomUUID();
        Meeting meeting = new Meeting(UUID.randomUUID(), carrier, LocalDate.of(2026, 2, 2), null, "Vire",
                MeetingKind.OTHER, List.of(victim.people().getFirst().id()), "", "", "", List.of(), 0);
        Path file = files.resolve("reference.cpts");
        CptsArchive.write(List.of(bundle(carrier, "CPTS Curieuse", List.of(), new WorkflowData(null, null, null, null,
                List.of(), List.of(), List.of(meeting), List.of(), List.of(), List.of(), List.of(), List.of(), null))), file,
                "test");

        DomainException e = assertThrows(DomainException.class, () -> context.exchange().plan(CptsArchive.read(file)));
        assertEquals("exchange.error.foreignPerson", e.messageKey());
    }

    @Test
    void aCommuneListedTwiceIsRefusedRatherThanHalfWritten() {
        CaseBundle twice = new CaseBundle(caseFile(UUID.randomUUID(), "CPTS Double"), List.of(
                new TerritoryCommune("14762", "Vire Normandie", "14", 16_774, "INSEE", "2023", ""),
                new TerritoryCommune("14762", "Vire Normandie", "14", 1, "INSEE", "2023", "")), List.of(),
                new MissionContent(List.of(), List.of(), List.of(), List.of()), List.of(), WorkflowData.EMPTY,
                List.of());
        Path file = files.resolve("double.cpts");
        CptsArchive.write(List.of(twice), file, "test");

        DomainException e = assertThrows(DomainException.class, () -> context.exchange().plan(CptsArchive.read(file)));
        assertEquals("exchange.error.duplicate", e.messageKey());
        assertTrue(context.caseFiles().list().stream().noneMatch(c -> c.name().equals("CPTS Double")));
    }

    private static CaseBundle bundle(UUID id, String name, List<Person> people, WorkflowData workflow) {
        return new CaseBundle(caseFile(id, name), List.of(), people,
                new MissionContent(List.of(), List.of(), List.of(), List.of()), List.of(), workflow, List.of());
    }

    private static CaseFile caseFile(UUID id, String name) {
        return new CaseFile(id, name, "14", "Camille", "", WorkflowStage.PRE_PROJECT, false, WHEN, WHEN, 0);
    }
}
