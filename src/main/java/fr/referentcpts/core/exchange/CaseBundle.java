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

    /**
     * The bundle as a {@code .cpts} file carries it from one database to another, without writing
     * the file: the same content, without the row counters of the database it was read from (the
     * receiving one starts its own), documents' and annexes' bytes read now and held in memory.
     */
    public CaseBundle detached() {
        CaseFile c = caseFile;
        return new CaseBundle(new CaseFile(c.id(), c.name(), c.departement(), c.referent(), c.notes(), c.stage(),
                c.archived(), c.createdAt(), c.updatedAt(), 0), territory, people, missions,
                documents.stream().map(f -> new AttachedFile(f.document(), Content.of(f.content()))).toList(),
                workflow.unsaved(), annexes.stream().map(a -> new AnnexFile(a.id(), a.generatedAt(), a.rulesVersion(),
                        a.sha256(), a.documentId(), a.pageCount(), a.size(), a.finalVersion(),
                        Content.of(a.source().bytes()))).toList());
    }
}
