package fr.referentcpts.core.exchange;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.territory.TerritoryCommune;
import java.util.List;

/**
 * Everything a case file holds, read in one go: what a {@code .cpts} file carries — identity,
 * territory, people, missions, attached documents, the workflow's forms and history, and the
 * final contract annexes generated.
 */
public record CaseBundle(CaseFile caseFile, List<TerritoryCommune> territory, List<Person> people,
        MissionContent missions, List<AttachedFile> documents, WorkflowData workflow, List<AnnexFile> annexes) {

    public CaseBundle {
        territory = List.copyOf(territory);
        people = List.copyOf(people);
        documents = List.copyOf(documents);
        workflow = workflow == null ? WorkflowData.EMPTY : workflow;
        annexes = List.copyOf(annexes);
    }
}
