package fr.referentcpts.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseMerge;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.ConflictFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conflict window's rows: this computer's version kept unless the server's is ticked. */
class ConflictViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final CaseBundle mine = ConflictFixtures.mine();
    private final CaseBundle theirs = ConflictFixtures.theirs();
    private final ConflictViewModel vm = new ConflictViewModel(new Messages(), mine, theirs);

    @Test
    void eachDifferenceIsARowInFrenchWithBothVersions() {
        ConflictViewModel.Row name = row("Nom", "");
        assertEquals("CPTS du Bocage virois", name.mine());
        assertEquals("CPTS du Bocage virois et du Pré-Bocage", name.theirs());
        ConflictViewModel.Row stage = row("Étape", "");
        assertEquals("Projet de santé", stage.mine());
        assertEquals("Négociation et signature ACI", stage.theirs());
        ConflictViewModel.Row commune = row("Commune", "Le Bény-Bocage (14061)");
        assertEquals("(absent)", commune.mine());
        assertEquals("14061, Le Bény-Bocage, 14, 1020, INSEE, 2023", commune.theirs());
        ConflictViewModel.Row removed = row("Personne ou structure", "Paul Lebrun");
        assertEquals("Collectivité, Paul Lebrun, Mairie de Vire, Vire Normandie, Partenaire", removed.mine());
        assertEquals("retiré(e)", removed.theirs());
        assertEquals("Accès aux soins", row("Mission", "Accès aux soins").subject(), "a mission by its name");
        assertEquals("", row("Projet de santé", "").subject(), "a form is its own subject");
        assertEquals(CaseMerge.changes(mine, theirs).size(), vm.rows().size());
        assertEquals("0 choix sur " + vm.rows().size() + " pris du serveur", vm.summaryProperty().get());
    }

    @Test
    void aChangedItemShowsOnlyWhatDiffersInFrench() {
        ConflictViewModel.Row payment = row("Versement reçu", "30/10/2026 11\u202F250,00\u00A0€");
        assertEquals("11\u202F250", payment.mine());
        assertEquals("12\u202F000", payment.theirs());
        ConflictViewModel.Row meeting = row("Réunion", "14/10/2026 Mairie de Vire");
        assertEquals("Claire Martin ; Paul Lebrun · Envoyer les statuts, Mme Martin, Faite : Non", meeting.mine(),
                "participants by name, next actions");
        assertEquals("Claire Martin · Envoyer les statuts, Mme Martin, Faite : Oui ; Réserver la salle, M. Duval,"
                + " Faite : Non", meeting.theirs());
        ConflictViewModel.Row health = row("Projet de santé", "");
        assertEquals("Claire Martin", health.mine(), "the coordinator by name");
        assertEquals("Marc Duval", health.theirs());
        ConflictViewModel.Row indicator = row("Indicateur", "Demandes de soins non programmés traitées");
        assertEquals("année 1 : 120 ; année 2 : 140 · 100, 2\u202F500 ; 150, 4\u202F000", indicator.theirs());
    }

    @Test
    void byDefaultEverythingIsKeptFromThisComputer() {
        CaseBundle merged = vm.merged(NOW);

        assertEquals(List.of(), CaseMerge.changes(mine, merged));
        assertEquals(NOW, merged.caseFile().updatedAt());
    }

    @Test
    void aTickedRowTakesTheServersVersionOfThatRowOnly() {
        row("Notes", "").fromServerProperty().set(true);

        CaseBundle merged = vm.merged(NOW);

        assertEquals("Mairie relancée le 18/11", merged.caseFile().notes());
        assertEquals("CPTS du Bocage virois", merged.caseFile().name());
        assertEquals(1, CaseMerge.changes(mine, merged).size());
        assertEquals("1 choix sur " + vm.rows().size() + " pris du serveur", vm.summaryProperty().get());
    }

    @Test
    void allFromTheServerThenAllBackToThisComputer() {
        vm.takeAllTheirs();
        assertEquals(List.of(), CaseMerge.changes(theirs, vm.merged(NOW)));

        vm.keepAllMine();
        assertEquals(List.of(), CaseMerge.changes(mine, vm.merged(NOW)));
    }

    @Test
    void twoPeopleOfTheSameNameAreTwoRows() {
        List<ConflictViewModel.Row> martins = vm.rows().stream().filter(r -> r.subject().equals("Claire Martin"))
                .toList();
        assertEquals(1, martins.size(), "only the doctor changed");
        martins.getFirst().fromServerProperty().set(true);

        CaseBundle merged = vm.merged(NOW);

        assertTrue(merged.people().stream().anyMatch(p -> p.id().equals(ConflictFixtures.MARTIN_DOCTOR)
                && p.phone().equals("02 31 99 99 99")));
        assertTrue(merged.people().stream().anyMatch(p -> p.id().equals(ConflictFixtures.MARTIN_NURSE)
                && p.phone().equals("06 11 22 33 44")));
    }

    private ConflictViewModel.Row row(String what, String subject) {
        List<ConflictViewModel.Row> found = vm.rows().stream()
                .filter(r -> r.what().equals(what) && r.subject().equals(subject)).toList();
        assertEquals(1, found.size(), what + " " + subject);
        return found.getFirst();
    }
}
