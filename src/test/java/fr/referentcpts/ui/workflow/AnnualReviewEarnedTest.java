package fr.referentcpts.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.settings.WorkflowSettings;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialogue de gestion of a contract stating amounts per indicator: value → amount earned, mission totals. */
class AnnualReviewEarnedTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private AnnualReviewViewModel review;
    private WorkflowViewModel workflow;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        WorkflowFixture fixture = new WorkflowFixture(context);
        CaseFile caseFile = fixture.newCase("CPTS du Bocage Virois");
        context.settings().save(new WorkflowSettings("Camille Roussel", 8, 0));
        fixture.walkTo(caseFile.id(), WorkflowStage.FOLLOW_UP);
        // « 50 et moins → 9 000 € ; 51 à 100 → 6 000 € ; 101 à 219 → 3 000 € », initial 219
        context.missions().saveIndicator(new Indicator(UUID.randomUUID(), caseFile.id(), Mission.ACCESS,
                "Patients en ALD sans médecin traitant", IndicatorKind.RESULTS, "patients", new BigDecimal("219"),
                Direction.LOWER_IS_BETTER, BigDecimal.ONE, Map.of(), Map.of(), null,
                List.of(tier("50", "9000"), tier("100", "6000"), tier("219", "3000")), ""));
        Messages messages = new Messages();
        SyncTaskRunner tasks = new SyncTaskRunner();
        FakeDialogs dialogs = new FakeDialogs();
        workflow = new WorkflowViewModel(context.workflow(), tasks, dialogs, messages, c -> { });
        review = new AnnualReviewViewModel(context.followUp(), context.missions(), () -> WorkflowFixture.TODAY, tasks,
                dialogs, messages, workflow::refresh);
        PaymentsViewModel payments = new PaymentsViewModel(context.followUp(), context.workflow().engine(),
                () -> WorkflowFixture.TODAY, tasks, dialogs, messages, workflow::refresh);
        workflow.load(caseFile.id());
        workflow.attach(review, payments);
        workflow.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static IndicatorTier tier(String threshold, String amount) {
        return new IndicatorTier(new BigDecimal(threshold), new BigDecimal(amount), "");
    }

    private AnnualReviewViewModel.MeasureRow ald() {
        return review.measures().stream().filter(r -> r.label().startsWith("Patients en ALD")).findFirst()
                .orElseThrow();
    }

    private static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void eachValueTypedShowsTheAmountItEarnsAndTheMissionTotal() {
        assertEquals(1, review.yearProperty().get());
        assertEquals("–", ald().earned().get(), "not measured yet");
        assertEquals("", review.measures().getFirst().earned().get(), "the fixture's indicators state no amount");
        assertEquals("Montants obtenus indicateur par indicateur : Accès aux soins – sur 9 000,00 €",
                plain(review.earnedProperty().get()));

        ald().measured().set("80");
        // 80 patients: « 51 à 100 » → 6 000 €
        assertEquals("6 000,00 €", plain(ald().earned().get()));
        assertEquals("Montants obtenus indicateur par indicateur : Accès aux soins 6 000,00 € sur 9 000,00 €",
                plain(review.earnedProperty().get()));

        ald().measured().set("240");
        // 240 patients: worse than the initial 219, no tier reached
        assertEquals("0,00 €", plain(ald().earned().get()));

        ald().measured().set("quarante");
        assertEquals("–", ald().earned().get(), "not a number yet: not measured");
    }

    @Test
    void theSavedMeasureGivesTheSameAmountWhenTheReviewIsReopened() {
        review.dateProperty().set("10/09/2026");
        ald().measured().set("45");
        review.save();
        workflow.refresh();
        assertEquals("45", ald().measured().get());
        assertEquals("9 000,00 €", plain(ald().earned().get()));
    }
}
