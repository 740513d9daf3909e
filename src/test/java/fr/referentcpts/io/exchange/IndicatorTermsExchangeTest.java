package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.IndicatorTier;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicator terms and livrables travel in .cpts files; files written before them still import. */
class IndicatorTermsExchangeTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDir;
    @TempDir
    Path files;
    private AppContext context;
    private CaseFile caseFile;
    private Indicator ald;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS du Bocage Virois", "14", "Camille", ""),
                WorkflowStage.HEALTH_PROJECT);
        ald = new Indicator(UUID.randomUUID(), caseFile.id(), Mission.ACCESS, "Patients en ALD sans médecin traitant",
                IndicatorKind.RESULTS, "patients", new BigDecimal("219"), Direction.LOWER_IS_BETTER, BigDecimal.ONE,
                Map.of(1, new BigDecimal("150")), Map.of(1, new BigDecimal("120")), null,
                List.of(new IndicatorTier(new BigDecimal("50"), new BigDecimal("9000"), "objectif"),
                        new IndicatorTier(new BigDecimal("219"), new BigDecimal("3000"), "")),
                "Données issues de requêtes locales CPAM");
        context.missions().saveIndicator(ald);
        context.missions().saveIndicator(new Indicator(UUID.randomUUID(), caseFile.id(), Mission.PREVENTION,
                "Actions menées", IndicatorKind.MEANS, "", null, Direction.YES_NO, BigDecimal.ONE, Map.of(),
                Map.of(), new BigDecimal("1500.50"), List.of(), ""));
        context.missions().saveAction(new MissionAction(UUID.randomUUID(), caseFile.id(), Mission.PREVENTION,
                "Soirée d’information", "", "", "", "", "Feuilles d’émargement, compte rendu"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path export() {
        Path file = files.resolve("bocage.cpts");
        CptsArchive.write(context.exchange().bundles(List.of(caseFile.id())), file, "Référent CPTS test");
        return file;
    }

    @Test
    void termsAndLivrablesComeBackIdenticalInAnotherDataFolder() {
        Path file = export();
        var original = context.exchange().bundle(caseFile.id()).missions();
        try (AppContext other = TestData.open(otherDir)) {
            other.exchange().apply(other.exchange().plan(CptsArchive.read(file)), false);
            var imported = other.exchange().bundle(caseFile.id()).missions();
            assertEquals(original.indicators(), imported.indicators());
            assertEquals(original.actions(), imported.actions());
            assertTrue(other.exchange().plan(CptsArchive.read(file)).getFirst().changes().isEmpty(),
                    "importing again changes nothing");
        }
    }

    @Test
    void aChangedTierIsAChangeTheImportShowsAndApplies() {
        Path file = export();
        context.missions().saveIndicator(ald.withTerms(null, List.of(
                new IndicatorTier(new BigDecimal("50"), new BigDecimal("8000"), "objectif")), ald.dataSource()));
        List<CaseImport> plan = context.exchange().plan(CptsArchive.read(file));
        assertEquals(1, plan.getFirst().changes().size(), plan.getFirst().changes().toString());
        context.exchange().apply(plan, true);
        assertEquals(2, context.missions().content(caseFile.id()).indicatorsOf(Mission.ACCESS).getFirst()
                .tiers().size());
    }

    @Test
    void aFileWrittenBeforeIndicatorTermsStillImports() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(readJson(export()));
        ObjectNode exported = (ObjectNode) json.get("cases").get(0);
        exported.get("indicators").forEach(i -> ((ObjectNode) i).remove(List.of("amount", "tiers", "dataSource")));
        exported.get("actions").forEach(a -> ((ObjectNode) a).remove("deliverables"));
        Path older = files.resolve("ancien.cpts");
        zip(older, mapper.writeValueAsBytes(json));

        try (AppContext other = TestData.open(otherDir)) {
            other.exchange().apply(other.exchange().plan(CptsArchive.read(older)), false);
            var imported = other.exchange().bundle(caseFile.id()).missions();
            assertEquals(2, imported.indicators().size());
            assertTrue(imported.indicators().stream().noneMatch(Indicator::statesAmount));
            assertEquals("", imported.indicators().getFirst().dataSource());
            assertEquals("", imported.actions().getFirst().deliverables());
        }
    }

    private static String readJson(Path cpts) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(cpts))) {
            zip.getNextEntry();
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void zip(Path file, byte[] json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(CptsArchive.JSON_ENTRY));
            zip.write(json);
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
    }
}
