package fr.referentcpts.demo;

import fr.referentcpts.core.CaseServices;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A portfolio of fictitious CPTS projects on real territories of the Calvados and the Manche, one
 * at every stage (a signed contract in its second year, a project abandoned, a contract ended),
 * with their team, territory, missions, meetings and history, dated from today. Each case file is
 * built through the services in one transaction, walking the workflow as a referent would.
 * Loading it twice does not duplicate a case file.
 */
public final class DemoPortfolio {
    /** One demonstration case file. */
    public record DemoCase(CaseIdentity identity, WorkflowStage stage, Consumer<DemoBuilder> content) {
    }

    private static final String REFERENT = "Camille Roussel";

    static final List<DemoCase> CASES = List.of(
            new DemoCase(new CaseIdentity("CPTS du Bocage Virois", "14", REFERENT,
                    "Territoire rural de 12 communes (26 214 habitants) autour de Vire. Équipe portée par la MSP de "
                            + "Vire et deux cabinets infirmiers ; lettre d’intention en attente de décision."),
                    WorkflowStage.LETTER_OF_INTENT, DemoCases::bocageVirois),
            new DemoCase(new CaseIdentity("CPTS Caen Ouest", "14", REFERENT,
                    "Territoire urbain et périurbain de 39 communes (106 234 habitants, taille 3) à l’ouest de Caen. "
                            + "Contrat signé il y a seize mois, deuxième année de suivi."),
                    WorkflowStage.FOLLOW_UP, DemoCases::caenOuest),
            new DemoCase(new CaseIdentity("CPTS du Pays d’Auge Sud", "14", REFERENT,
                    "Premiers échanges avec un groupe de médecins et de pharmaciens de Livarot et de Vimoutiers."),
                    WorkflowStage.PRE_PROJECT, DemoCases::paysDAugeSud),
            new DemoCase(new CaseIdentity("CPTS Cœur du Cotentin", "50", REFERENT,
                    "Association constituée, projet de santé en cours de rédaction."),
                    WorkflowStage.HEALTH_PROJECT, DemoCases::coeurDuCotentin),
            new DemoCase(new CaseIdentity("CPTS Côte de Nacre", "14", REFERENT,
                    "Projet de santé validé ; négociation de l’ACI en cours, signature prévue."),
                    WorkflowStage.SIGNATURE, DemoCases::coteDeNacre),
            new DemoCase(new CaseIdentity("CPTS du Pays d’Isigny", "14", REFERENT,
                    "Projet arrêté : l’équipe a rejoint le projet de CPTS du Bessin."),
                    WorkflowStage.ABANDONED, DemoCases::paysDIsigny),
            new DemoCase(new CaseIdentity("CPTS du Bessin", "14", REFERENT,
                    "Contrat signé en février 2022 sous l’ACI de 2019 (14 communes autour de Bayeux, taille 1), modifié "
                            + "par l’avenant n° 1 pour la mission crises sanitaires graves."),
                    WorkflowStage.FOLLOW_UP, DemoContracts::bessin),
            new DemoCase(new CaseIdentity("CPTS du Pays de Falaise", "14", REFERENT,
                    "Premier contrat arrivé à échéance ; renouvellement en préparation."),
                    WorkflowStage.CLOSED, DemoContracts::paysDeFalaise));

    private final CaseServices services;

    public DemoPortfolio(CaseServices services) {
        this.services = services;
    }

    public List<DemoCase> cases() {
        return CASES;
    }

    /** Creates the demonstration case files not already present (by name); returns how many. */
    public int load() {
        Set<String> existing = services.caseFiles().list().stream().map(CaseFile::name).collect(Collectors.toSet());
        int created = 0;
        for (DemoCase demo : CASES) {
            if (!existing.contains(demo.identity().name())) {
                services.transactions().inTransaction(() -> {
                    CaseFile caseFile = services.caseFiles().create(demo.identity());
                    demo.content().accept(new DemoBuilder(services, LocalDate.now(services.clock()), caseFile));
                });
                created++;
            }
        }
        return created;
    }
}
