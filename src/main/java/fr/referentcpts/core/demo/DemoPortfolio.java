package fr.referentcpts.core.demo;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.Stage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small portfolio of fictitious CPTS projects at different stages, to discover the
 * application and to train on it. Loading it twice does not duplicate a case file.
 */
public final class DemoPortfolio {
    /** One demonstration case file. */
    public record DemoCase(CaseIdentity identity, Stage stage) {
    }

    private static final String REFERENT = "Camille Roussel";

    static final List<DemoCase> CASES = List.of(
            new DemoCase(new CaseIdentity("CPTS du Bocage Virois", "14", REFERENT,
                    "Territoire rural de 43 communes (environ 27 000 habitants) autour de Vire. "
                            + "Équipe portée par la MSP de Vire et trois cabinets infirmiers."),
                    Stage.LETTER_OF_INTENT),
            new DemoCase(new CaseIdentity("CPTS Caen Ouest", "14", REFERENT,
                    "Territoire urbain et périurbain d’environ 105 000 habitants (taille 3). "
                            + "Contrat signé, deuxième année de suivi."),
                    Stage.FOLLOW_UP),
            new DemoCase(new CaseIdentity("CPTS du Pays d’Auge Sud", "14", REFERENT,
                    "Premiers échanges avec un groupe de médecins et de pharmaciens de Livarot "
                            + "et de Vimoutiers."),
                    Stage.PRE_PROJECT),
            new DemoCase(new CaseIdentity("CPTS Cœur du Cotentin", "50", REFERENT,
                    "Association constituée, projet de santé en cours de rédaction."),
                    Stage.HEALTH_PROJECT),
            new DemoCase(new CaseIdentity("CPTS Côte de Nacre", "14", REFERENT,
                    "Projet de santé validé ; réunion de négociation de l’ACI programmée."),
                    Stage.SIGNATURE));

    private final CaseFileService caseFiles;

    public DemoPortfolio(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    public List<DemoCase> cases() {
        return CASES;
    }

    /** Creates the demonstration case files not already present (by name); returns how many. */
    public int load() {
        Set<String> existing = caseFiles.list().stream().map(CaseFile::name).collect(Collectors.toSet());
        int created = 0;
        for (DemoCase demo : CASES) {
            if (!existing.contains(demo.identity().name())) {
                caseFiles.create(demo.identity(), demo.stage());
                created++;
            }
        }
        return created;
    }
}
