package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliTestSupport;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.FundingInput;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.core.workflow.ContractFunding;
import fr.referentcpts.core.workflow.Negotiation;
import fr.referentcpts.i18n.Messages;
import fr.referentcpts.testing.FakeDialogs;
import fr.referentcpts.testing.SyncTaskRunner;
import fr.referentcpts.testing.TestData;
import fr.referentcpts.testing.WorkflowFixture;
import fr.referentcpts.ui.funding.FundingViewModel;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One way from a case to its money: a case whose size class is imposed (taille 2 for a
 * territory of taille 1) shows the same amounts in « Financement », in its annex and in the
 * {@code funding} command fed with the same contract.
 */
class FundingConsistencyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void anImposedSizeClassGivesTheSameAmountsOnScreenOnPaperAndInTheCommand(@TempDir Path dir, @TempDir Path files)
            throws Exception {
        try (AppContext context = TestData.open(dir)) {
            WorkflowFixture fixture = new WorkflowFixture(context);
            CaseFile caseFile = fixture.newCase("CPTS du Bocage Virois");
            fixture.walkTo(caseFile.id(), WorkflowStage.FOLLOW_UP);
            Negotiation n = context.workflow().snapshot(caseFile.id()).negotiation();
            context.stageForms().save(caseFile.id(), new Negotiation(n.confirmedPopulation(), n.populationSource(),
                    n.populationVintage(), n.sizeClassConfirmed(), n.rulesVersionId(), SizeClass.T2,
                    "Territoire en forte croissance, taille 2 retenue par la CPAM et l’ARS", n.cpts(), n.cpam(), n.ars(),
                    n.cpamName(), n.arsName(), n.signatureDate(), n.signaturePlace(), n.version()));
            FundingInput input = ContractFunding.input(context.workflow().snapshot(caseFile.id()),
                    ContractFunding.Purpose.TERMS, context.rules(), WorkflowFixture.TODAY);

            // taille 2: PATHWAYS fixed part 35 000 € (25 000 € in taille 1)
            String pathwaysFixed = FrenchFormat.amount(new BigDecimal("35000"));
            FundingViewModel screen = new FundingViewModel(context.engine(), id -> Optional.of(input),
                    new SyncTaskRunner(), new FakeDialogs(), new Messages());
            screen.load(caseFile.id());
            assertTrue(screen.summaryProperty().get().startsWith("Taille 2"), screen.summaryProperty().get());
            assertEquals(pathwaysFixed, screen.annual().stream()
                    .filter(r -> r.line().equals("Parcours pluriprofessionnels – Volet fixe")).findFirst().orElseThrow()
                    .amount());

            String annex = PdfChecks.text(context.annexes().generate(caseFile.id(), true).content());
            assertTrue(annex.contains("Annexe 3 – Financement (taille 2)"), annex);
            assertTrue(annex.contains("Parcours pluriprofessionnels – Volet fixe " + pathwaysFixed), annex);
            assertTrue(annex.contains("Total du contrat " + screen.contractTotalProperty().get()), annex);

            Path json = files.resolve("contrat.json");
            Files.writeString(json, MAPPER.writeValueAsString(commandInput(input)));
            CliTestSupport cli = new CliTestSupport(files.resolve("data"));
            assertEquals(0, cli.run("funding", "--input", json.toString()), cli.err.toString());
            JsonNode result = MAPPER.readTree(cli.out.toString());
            assertEquals(2, result.get("sizeClass").asInt());
            JsonNode fixed = null;
            for (JsonNode line : result.get("annual")) {
                if ("PATHWAYS".equals(line.get("mission").asText()) && "FIXED".equals(line.get("component").asText())) {
                    fixed = line;
                }
            }
            assertEquals("35000.00", fixed.get("amount").asText());
            assertEquals(screen.contractTotalProperty().get(),
                    FrenchFormat.amount(new BigDecimal(result.get("contractTotal").asText())));
        }
    }

    /** The {@code funding} command's input for the same contract terms. */
    private static ObjectNode commandInput(FundingInput input) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("population", input.population());
        root.put("signatureDate", input.signatureDate().toString());
        root.put("rulesVersion", input.rulesVersionId());
        root.put("sizeClassOverride", input.sizeClassOverride().number());
        root.put("sizeClassOverrideReason", input.overrideReason());
        ArrayNode missions = root.putArray("missions");
        input.missions().forEach(m -> {
            ObjectNode mission = missions.addObject().put("code", m.mission().name()).put("snpOrientation",
                    m.snpOrientation());
            if (m.startDate() != null) {
                mission.put("startDate", m.startDate().toString());
            }
        });
        ArrayNode amounts = root.putArray("confirmedAmounts");
        input.contractAmounts().forEach((line, amount) -> amounts.addObject()
                .put("mission", line.mission() == null ? null : line.mission().name())
                .put("component", line.component().name()).put("amount", amount.amount()));
        if (input.letterOfIntentValidated() != null) {
            root.put("letterOfIntentValidated", input.letterOfIntentValidated().toString());
        }
        assertTrue(input.missions().stream().anyMatch(m -> m.mission() == Mission.PATHWAYS));
        assertTrue(input.contractAmounts().keySet().stream().anyMatch(k -> k.component() == Component.CONDITIONAL));
        return root;
    }
}
