package fr.referentcpts.core.budget;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.followup.ContractRecords;
import fr.referentcpts.core.followup.PaymentReceived;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.FundingEngine;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.core.territory.Territory;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.core.workflow.HealthProject;
import fr.referentcpts.core.workflow.LetterDecision;
import fr.referentcpts.core.workflow.LetterItem;
import fr.referentcpts.core.workflow.LetterOfIntent;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.core.workflow.PreProject;
import fr.referentcpts.core.workflow.Signatory;
import fr.referentcpts.io.funding.RulesFiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Case files of a cellule built in memory for the budget's worked examples: a territory, a signature, payments. */
final class BudgetCases {
    static final FundingEngine ENGINE = new FundingEngine(RulesFiles.shippedCatalog());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final UUID id = UUID.randomUUID();
    private final String name;
    private WorkflowStage stage = WorkflowStage.FOLLOW_UP;
    private boolean archived;
    private String referent = "Camille Roussel";
    private long population;
    private LocalDate signature;
    private String rulesVersion = "ACI-2019-AV2";
    private LetterOfIntent letter = LetterOfIntent.EMPTY;
    private final Map<LineKey, ContractAmount> stated = new HashMap<>();
    private final List<PaymentReceived> payments = new ArrayList<>();

    private BudgetCases(String name) {
        this.name = name;
    }

    static BudgetCases named(String name) {
        return new BudgetCases(name);
    }

    BudgetCases population(long inhabitants) {
        population = inhabitants;
        return this;
    }

    BudgetCases signedOn(LocalDate date) {
        signature = date;
        return this;
    }

    BudgetCases rules(String versionId) {
        rulesVersion = versionId;
        return this;
    }

    BudgetCases stage(WorkflowStage at) {
        stage = at;
        return this;
    }

    BudgetCases followedBy(String name) {
        referent = name;
        return this;
    }

    BudgetCases archived() {
        archived = true;
        return this;
    }

    BudgetCases letterValidatedOn(LocalDate date) {
        letter = new LetterOfIntent(date.minusMonths(2), EnumSet.allOf(LetterItem.class), date.minusMonths(2),
                LetterDecision.VALIDATED, date, "", null, null, 1);
        return this;
    }

    /** An amount the contract states itself: it counts as confirmed for this contract. */
    BudgetCases states(LineKey line, String amount) {
        stated.put(line, new ContractAmount(new BigDecimal(amount), "Camille Roussel", null, "Montant du contrat"));
        return this;
    }

    BudgetCases statesOperatingAndLetter(String operating, String letterPayment) {
        states(LineKey.OPERATING, operating);
        return states(new LineKey(null, Component.LETTER_OF_INTENT), letterPayment);
    }

    BudgetCases paid(LocalDate date, String amount) {
        payments.add(new PaymentReceived(UUID.randomUUID(), id, date, new BigDecimal(amount), null, ""));
        return this;
    }

    UUID id() {
        return id;
    }

    CaseSnapshot build() {
        CaseFile caseFile = new CaseFile(id, name, "14", referent, "", stage, archived,
                Instant.parse("2024-09-01T08:00:00Z"), Instant.parse("2024-09-01T08:00:00Z"), 1);
        Negotiation negotiation = new Negotiation(population, "INSEE, populations légales", "2023", true,
                rulesVersion, null, "", Signatory.NONE, Signatory.NONE, Signatory.NONE, "CPAM du Calvados",
                "ARS Normandie", signature, "Vire", 1);
        Territory territory = new Territory(List.of(new TerritoryCommune("14762", "Vire Normandie", "14", population,
                "INSEE, populations légales", "2023", "")));
        return new CaseSnapshot(caseFile, territory, List.of(), List.of(),
                new MissionContent(List.of(), List.of(), List.of(), List.of()), PreProject.EMPTY, letter,
                HealthProject.EMPTY, negotiation, stated, List.of(), List.of(), List.of(), payments,
                ContractRecords.EMPTY);
    }
}
