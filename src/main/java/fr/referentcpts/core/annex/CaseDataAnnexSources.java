package fr.referentcpts.core.annex;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.casefile.Stage;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonService;
import fr.referentcpts.core.people.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The annex sources that can be derived today, before the guided workflow records the signature
 * stage: the association is named after the case file, its président·e is the team member with
 * that role; the RNA number, seat, CPAM, ARS, their signatories and the place and date of
 * signature are not held yet, so they are reported missing and only drafts can be printed.
 * The workflow issue replaces this class with the parties and requirements of its signature stage.
 */
public final class CaseDataAnnexSources implements AnnexSources {
    /** Stages at which a contract can be signed or has been. */
    static final Set<Stage> SIGNING_STAGES = EnumSet.of(Stage.SIGNATURE, Stage.FOLLOW_UP);

    private final CaseFileService caseFiles;
    private final PersonService people;

    public CaseDataAnnexSources(CaseFileService caseFiles, PersonService people) {
        this.caseFiles = caseFiles;
        this.people = people;
    }

    @Override
    public ContractParties parties(UUID caseId) {
        CaseFile caseFile = caseFiles.get(caseId);
        Signatory president = people.people(caseId).stream().filter(p -> p.has(Role.PRESIDENT)).findFirst()
                .map(Person::name)
                .map(name -> new Signatory(name, SignatoryQuality.CPTS_PRESIDENT, ""))
                .orElse(Signatory.unknown(SignatoryQuality.CPTS_PRESIDENT));
        return new ContractParties(caseFile.name(), "", "", "", "", president, null, null, "", null, null, null);
    }

    @Override
    public List<DraftReason> signatureBlockers(UUID caseId) {
        List<DraftReason> blockers = new ArrayList<>();
        Stage stage = caseFiles.get(caseId).stage();
        if (!SIGNING_STAGES.contains(stage)) {
            blockers.add(DraftReason.of("annex.reason.stage", stage));
        }
        blockers.addAll(parties(caseId).missingItems());
        return blockers;
    }
}
