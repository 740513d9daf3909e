package fr.referentcpts.persistence.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.followup.AnnualReview;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.meetings.MeetingKind;
import fr.referentcpts.core.meetings.NextAction;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.ContactParty;
import fr.referentcpts.core.workflow.DiagnosisItem;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.Signatory;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the workflow stores comes back as it was saved, after closing and reopening the data folder. */
class WorkflowPersistenceTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dataDir;

    @Test
    void stageFormsMeetingsReviewsPaymentsAndSettingsSurviveAReopening() {
        UUID id;
        PreProject pre = new PreProject(D, ContactParty.CPAM, "Enjeux : accès au médecin traitant", 1);
        LetterOfIntent letter = new LetterOfIntent(D, EnumSet.of(LetterItem.TERRITORY, LetterItem.CALENDAR),
                D.plusDays(1), LetterDecision.TO_REVISE, D.plusDays(40), "À préciser", new BigDecimal("15000.50"),
                D.plusDays(60), 1);
        Person president;
        Meeting meeting;
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile caseFile = fixture.newCase("CPTS A");
            id = caseFile.id();
            president = fixture.person(id, "Dr Anne Lebrun", Profession.PHARMACIST);
            context.stageForms().save(id, new PreProject(pre.firstContact(), pre.contactedParty(), pre.problems(), 0));
            context.stageForms().save(id, new LetterOfIntent(letter.received(), letter.content(), letter.sentToArs(),
                    letter.decision(), letter.decisionDate(), letter.decisionComments(), letter.seedGrantAmount(),
                    letter.seedGrantDate(), 0));
            context.stageForms().save(id, new HealthProject("Association CPTS A", "W141234567", D, D, "Caen",
                    president.id(), null, EnumSet.of(DiagnosisItem.ACCESS_TO_GP), D, null, D.plusDays(3), 0));
            context.stageForms().save(id, new Negotiation(105_452L, "INSEE", "2023", true, "ACI-2019", SizeClass.T2,
                    "Territoire en forte croissance", new Signatory("A", "Présidente"), new Signatory("B", "Directeur"),
                    new Signatory("C", "Directrice générale"), "CPAM du Calvados", "ARS Normandie", D, "Caen", 0),
                    "Contrat négocié avant l’avenant 2");
            context.stageForms().saveContractAmounts(id, Map.of(new LineKey(Mission.CRISIS, Component.FIXED),
                    new ContractAmount(new BigDecimal("12345.67"), "", null, "Montant négocié")));
            meeting = context.meetings().save(new Meeting(UUID.randomUUID(), id, D, java.time.LocalTime.of(18, 30), "Mairie", MeetingKind.STEERING,
                    List.of(president.id()), "ARS, CPAM", "Ordre du jour", "Décisions",
                    List.of(new NextAction(UUID.randomUUID(), "Relancer", "Dr Lebrun", D.plusDays(7), false),
                            new NextAction(UUID.randomUUID(), "Écrire", "", null, true)), 0));
            context.followUp().saveReview(id, new AnnualReview(1, D, "Année 1", 0));
            context.followUp().addPayment(new PaymentReceived(UUID.randomUUID(), id, D, new BigDecimal("37500.00"),
                    LineKey.OPERATING, "Avance"));
            context.settings().save(new WorkflowSettings("Camille Roussel", 10, 0));
        }
        try (AppContext context = TestData.open(dataDir)) {
            CaseSnapshot s = context.workflow().snapshot(id);
            assertEquals(pre, s.preProject());
            assertEquals(letter, s.letter());
            assertEquals("W141234567", s.healthProject().rna());
            assertEquals(president.id(), s.healthProject().presidentId());
            assertEquals(EnumSet.of(DiagnosisItem.ACCESS_TO_GP), s.healthProject().diagnosis());
            assertEquals(SizeClass.T2, s.negotiation().sizeClassOverride());
            assertEquals(105_452L, s.negotiation().confirmedPopulation());
            assertEquals("Directrice générale", s.negotiation().ars().quality());
            ContractAmount stated = s.contractAmounts().get(new LineKey(Mission.CRISIS, Component.FIXED));
            assertEquals(new BigDecimal("12345.67"), stated.amount());
            assertEquals("Montant négocié", stated.reason());
            assertEquals(LocalDate.now(context.clock()), stated.enteredOn(), "entered today");
            Meeting stored = s.meetings().getFirst();
            assertEquals(1, stored.version());
            assertEquals(java.time.LocalTime.of(18, 30), stored.time());
            assertEquals(meeting.actions(), stored.actions());
            assertEquals(List.of(president.id()), stored.participants());
            assertEquals("ARS, CPAM", stored.otherParticipants());
            assertEquals(List.of(new AnnualReview(1, D, "Année 1", 1)), s.reviews());
            assertEquals(new BigDecimal("37500.00"), s.payments().getFirst().amount());
            assertEquals(LineKey.OPERATING, s.payments().getFirst().line());
            assertEquals(new WorkflowSettings("Camille Roussel", 10, 1), context.settings().get());
        }
    }

    @Test
    void meetingsReviewsAndSettingsAreProtectedAgainstASecondWindow() {
        try (AppContext context = TestData.open(dataDir)) {
            UUID id = new WorkflowFixture(context).newCase("CPTS A").id();
            Meeting meeting = context.meetings().save(new Meeting(UUID.randomUUID(), id, D, null, "", MeetingKind.OTHER,
                    List.of(), "", "", "", List.of(), 0));
            context.meetings().save(meeting);
            assertThrows(StaleEditException.class, () -> context.meetings().save(meeting));

            context.followUp().saveReview(id, new AnnualReview(1, D, "", 0));
            assertThrows(StaleEditException.class, () -> context.followUp().saveReview(id, new AnnualReview(1, D, "x", 0)));

            WorkflowSettings settings = context.settings().get();
            context.settings().save(settings);
            DomainException stale = assertThrows(DomainException.class, () -> context.settings().save(settings));
            assertEquals("settings.error.stale", stale.messageKey());
            assertThrows(ValidationException.class, () -> context.settings().save(new WorkflowSettings("", 0, 1)));
        }
    }

    @Test
    void deletingAPersonRemovesThemFromMeetingsAndTheProject() {
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            UUID id = fixture.newCase("CPTS A").id();
            Person person = fixture.person(id, "Dr Anne Lebrun", Profession.PHARMACIST);
            context.meetings().save(new Meeting(UUID.randomUUID(), id, D, null, "", MeetingKind.OTHER, List.of(person.id()),
                    "", "", "", List.of(), 0));
            context.stageForms().save(id, new HealthProject("A", "", null, null, "", person.id(), person.id(), null,
                    null, null, null, 0));
            context.people().delete(person);
            CaseSnapshot s = context.workflow().snapshot(id);
            assertEquals(List.of(), s.meetings().getFirst().participants());
            assertEquals(null, s.healthProject().presidentId());
            assertTrue(s.president().isEmpty());
        }
    }

    @Test
    void deletingACaseDeletesItsWorkflowData() {
        try (AppContext context = TestData.open(dataDir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile caseFile = fixture.newCase("CPTS A");
            fixture.walkTo(caseFile.id(), fr.referentcpts.core.casefile.WorkflowStage.SIGNATURE);
            context.caseFiles().delete(caseFile.id());
            assertEquals(List.of(), context.caseFiles().list());
            assertEquals(0, context.agenda().overview().deadlines().size());
        }
    }
}
