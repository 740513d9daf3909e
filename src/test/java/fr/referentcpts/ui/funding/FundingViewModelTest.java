package fr.referentcpts.ui.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionChoice;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.io.funding.RulesFiles;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The funding tab without the toolkit: envelope, calendar, problems, and the what-if mode. */
class FundingViewModelTest {
    private static final FundingEngine ENGINE = new FundingEngine(RulesFiles.shippedCatalog());

    private FundingViewModel vm(FundingInput input) {
        FundingViewModel vm = new FundingViewModel(ENGINE, id -> Optional.ofNullable(input), new SyncTaskRunner(),
                new FakeDialogs(), new Messages());
        vm.load(UUID.randomUUID());
        return vm;
    }

    private static FundingInput caenOuest(String rules) {
        return FundingInput.builder(105_452, LocalDate.of(2026, 3, 15)).rulesVersion(rules)
                .mission(MissionChoice.atSignature(Mission.ACCESS))
                .mission(MissionChoice.startingOn(Mission.PATHWAYS, LocalDate.of(2026, 9, 1))).build();
    }

    @Test
    void theEnvelopeAndCalendarOfTheCaseAreShownInFrench() {
        FundingViewModel vm = vm(caenOuest("ACI-2019"));

        assertTrue(vm.summaryProperty().get().startsWith("Taille 3 (105\u202F452 habitants)"), vm.summaryProperty().get());
        assertEquals("Fonctionnement", vm.annual().getFirst().line());
        assertEquals("75\u202F000,00\u00A0€", vm.annual().getFirst().amount());
        assertEquals("15/03/2026", vm.payments().getFirst().date());
        assertTrue(vm.payments().stream().anyMatch(p -> p.explanation()
                .equals("75\u00A0% de 45\u202F000\u00A0€ × 195/365 jours (démarrage le 01/09/2026)")), "prorated PATHWAYS advance");
        assertEquals("Mission socle non choisie : Prévention.", vm.problemsProperty().get());
        assertFalse(vm.simulatedProperty().get());
        assertEquals(5, vm.bars().size());
    }

    @Test
    void aProposedAmountIsReportedAndAnotherCanBeSimulated() {
        FundingViewModel vm = vm(caenOuest("ACI-2019-AV2"));
        assertTrue(vm.problemsProperty().get().startsWith("Montants proposés, non confirmés par un texte ni par la "
                + "cellule : Fonctionnement"), vm.problemsProperty().get());
        assertEquals("75\u202F000,00\u00A0€ (proposé)", vm.annual().getFirst().amount());

        vm.simulateAmount(LineKey.OPERATING, "131 250");

        assertTrue(vm.simulatedProperty().get());
        assertFalse(vm.problemsProperty().get().contains("Fonctionnement"), vm.problemsProperty().get());
        assertEquals("131\u202F250,00\u00A0€", vm.payments().getFirst().amount());
    }

    @Test
    void aUniformAchievementHalvesTheVariableParts() {
        FundingViewModel vm = vm(caenOuest("ACI-2019"));
        String full = vm.contractTotalProperty().get();

        vm.simulateAchievement(50);

        assertTrue(vm.simulatedProperty().get());
        // variable parts at 100 %: ACCESS 5 × (25 000 + 15 000) = 200 000 ; PATHWAYS 45 000 × 195/365 = 24 041,10
        // + 4 × 45 000 = 204 041,10. At 50 % they halve: 100 000 + 12 020,55 + 90 000 = 202 020,55 less
        assertEquals(new BigDecimal("202020.55"), euros(full).subtract(euros(vm.contractTotalProperty().get())));
        assertTrue(vm.payments().stream().filter(p -> p.kind().equals("Part variable"))
                .allMatch(p -> p.explanation().contains("50\u00A0% d’atteinte")), "every variable part at 50 %");

        vm.resetSimulation();
        assertEquals(full, vm.contractTotalProperty().get());
        assertFalse(vm.simulatedProperty().get());
    }

    @Test
    void anImpossibleSimulatedDateIsRefused() {
        FundingViewModel vm = vm(caenOuest("ACI-2019"));

        vm.simulateSignatureDate("30/02/2026");

        assertEquals("« 30/02/2026 » n’est pas une date valide (jj/mm/aaaa).", vm.simulationErrorProperty().get());
        assertFalse(vm.simulatedProperty().get());
    }

    @Test
    void withoutATerritoryTheTabSaysWhatIsNeeded() {
        FundingViewModel vm = vm(null);

        assertEquals("Ajoutez les communes du territoire et choisissez les missions pour calculer le financement.",
                vm.summaryProperty().get());
        assertTrue(vm.payments().isEmpty());
    }

    @Test
    void anAmendmentIsSummarisedWithItsEnvelopeAndTheYearBeforeTheContractIsNamed() {
        FundingInput input = FundingInput.builder(105_452, LocalDate.of(2020, 6, 15)).rulesVersion("ACI-2019")
                .missions(Mission.ACCESS, Mission.PATHWAYS, Mission.PREVENTION)
                .amendment(new fr.referentcpts.core.funding.ContractAmendment(1, LocalDate.of(2022, 6, 15), null,
                        List.of(), List.of(), false, fr.referentcpts.core.funding.SizeClass.T4, "Population 2022"))
                .build();
        FundingViewModel vm = vm(input);
        // taille 4 from 15/06/2022: 90 000 + ACCESS 80 000 + PATHWAYS 100 000 + PREVENTION 40 000 = 310 000
        assertTrue(vm.summaryProperty().get().contains("Avenant n° 1, à compter du 15/06/2022 : ACI du 20 juin 2019 "
                + "(ACI-2019) – taille 4 – enveloppe annuelle 310\u202F000,00\u00A0€"), vm.summaryProperty().get());
    }

    /** « 1 375 082,20 € » → 1375082.20. */
    private static BigDecimal euros(String french) {
        return new BigDecimal(french.replaceAll("[\\s\u00A0\u202F€]", "").replace(',', '.'));
    }
}
