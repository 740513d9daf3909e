package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.documents.DocumentKind;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.core.exchange.Change;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.missions.CaseMission;
import fr.referentcpts.core.missions.Direction;
import fr.referentcpts.core.missions.Indicator;
import fr.referentcpts.core.missions.IndicatorKind;
import fr.referentcpts.core.missions.MissionAction;
import fr.referentcpts.core.missions.RateOverride;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.core.territory.TerritoryCommune;
import fr.referentcpts.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files through .cpts files: faithful round trips, field-by-field updates, hostile files refused. */
class CptsArchiveTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDir;
    @TempDir
    Path files;
    private AppContext context;
    private CaseFile caseFile;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = context.caseFiles().create(new CaseIdentity("CPTS du Bocage Virois", "14", "Camille", "notes"),
                WorkflowStage.HEALTH_PROJECT);
        UUID id = caseFile.id();
        context.territories().add(id, List.of(
                new TerritoryCommune("14762", "Vire Normandie", "14", 16_774, "INSEE", "2023", ""),
                new TerritoryCommune("14658", "Souleuvre en Bocage", "14", 8_785, "INSEE", "2023", "")));
        context.people().save(new Person(UUID.randomUUID(), id, PersonKind.LIBERAL_PROFESSIONAL,
                Profession.GENERAL_PRACTITIONER, "Dr Claire Martin", "MSP de Vire", "Vire Normandie",
                Set.of(Role.PROJECT_LEADER, Role.PRESIDENT), "c.martin@example.fr", "02 31 00 00 00", "10003456789", "",
                LocalDate.of(2026, 1, 5), "Médecin coordinatrice"));
        var rules = context.rules().get("ACI-2019", "rules");
        context.missions().saveMission(id, new CaseMission(Mission.ACCESS, true, LocalDate.of(2026, 9, 1), true), rules);
        context.missions().saveAction(new MissionAction(UUID.randomUUID(), id, Mission.ACCESS, "Cellule SNP", "desc",
                "Dr Martin", "SAS", "2026"));
        context.missions().saveIndicator(new Indicator(UUID.randomUUID(), id, Mission.ACCESS, "Créneaux SNP",
                IndicatorKind.MEANS, "créneaux", new BigDecimal("10"), Direction.HIGHER_IS_BETTER, new BigDecimal("2"),
                Map.of(1, new BigDecimal("20")), Map.of(1, new BigDecimal("15.5"))));
        context.missions().overrideRate(id, new RateOverride(Mission.ACCESS, 2, new BigDecimal("0.9"), "crise"));
        context.documents().attach(id, "statuts.pdf", "%PDF statuts".getBytes(StandardCharsets.UTF_8),
                DocumentKind.STATUTES, LocalDate.of(2026, 2, 1), "déposés");
        caseFile = context.caseFiles().get(id);
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
    void anExportTooLargeToBeImportedBackIsRefusedWithoutLeavingAFile() {
        Path file = files.resolve("trop-gros.cpts");
        DomainException refused = assertThrows(DomainException.class, () -> CptsArchive.write(
                context.exchange().bundles(List.of(caseFile.id())), file, "Référent CPTS test", 1_000));

        assertEquals("exchange.error.exportTooLarge", refused.messageKey());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(files.resolve("trop-gros.cpts.tmp")));
    }

    @Test
    void anExportedCaseComesBackIdenticalInAnotherDataFolder() {
        Path file = export();
        CaseBundle original = context.exchange().bundle(caseFile.id());

        try (AppContext other = TestData.open(otherDir)) {
            List<CaseImport> plan = other.exchange().plan(CptsArchive.read(file));
            assertFalse(plan.getFirst().exists());
            other.exchange().apply(plan, false);

            CaseBundle imported = other.exchange().bundle(caseFile.id());
            assertEquals(original.caseFile().identity(), imported.caseFile().identity());
            assertEquals(original.caseFile().stage(), imported.caseFile().stage());
            assertEquals(original.territory(), imported.territory());
            assertEquals(original.people(), imported.people());
            assertEquals(original.missions().missions(), imported.missions().missions());
            assertEquals(original.missions().actions(), imported.missions().actions());
            assertEquals(original.missions().rate(Mission.ACCESS, 1), imported.missions().rate(Mission.ACCESS, 1));
            assertEquals(original.missions().overrides(), imported.missions().overrides());
            assertEquals(original.documents().getFirst().document(), imported.documents().getFirst().document());
            assertArrayEquals(original.documents().getFirst().content(), imported.documents().getFirst().content());
            assertTrue(other.exchange().plan(CptsArchive.read(file)).getFirst().changes().isEmpty(),
                    "importing again changes nothing");
        }
    }

    @Test
    void importingTheSameCaseShowsTheChangesFieldByFieldBeforeWriting() {
        Path file = export();
        context.caseFiles().updateIdentity(caseFile.id(), caseFile.version(),
                new CaseIdentity("CPTS renommée ici", "14", "Camille", "notes"));
        context.territories().remove(caseFile.id(), "14658");

        List<CaseImport> plan = context.exchange().plan(CptsArchive.read(file));

        assertTrue(plan.getFirst().exists());
        List<Change> changes = plan.getFirst().changes();
        assertTrue(changes.contains(new Change("exchange.field.name", "", Change.Kind.CHANGED, "CPTS renommée ici",
                "CPTS du Bocage Virois")), changes.toString());
        assertTrue(changes.contains(new Change("exchange.item.commune", "Souleuvre en Bocage (14658)",
                Change.Kind.ADDED, "", "", "14658")), changes.toString());
        assertEquals(2, changes.size(), changes.toString());
        assertEquals("CPTS renommée ici", context.caseFiles().get(caseFile.id()).name(), "nothing written yet");

        context.exchange().apply(plan, true);

        assertEquals("CPTS du Bocage Virois", context.caseFiles().get(caseFile.id()).name());
        assertEquals(2, context.territories().territory(caseFile.id()).communes().size());
    }

    @Test
    void aTruncatedFileIsRefusedAndTheDatabaseIsUnchanged() throws IOException {
        byte[] bytes = Files.readAllBytes(export());
        Path truncated = files.resolve("tronque.cpts");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(truncated, "exchange.error.corrupted");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path notZip = files.resolve("texte.cpts");
        Files.writeString(notZip, "bonjour");
        assertRefused(notZip, "exchange.error.notCpts");
    }

    @Test
    void anEntryEscapingTheFolderIsRefused() throws IOException {
        Path hostile = zip("hostile.cpts", Map.of("../../.bashrc", "rm -rf ~".getBytes(StandardCharsets.UTF_8)));
        assertRefused(hostile, "exchange.error.unexpectedEntry");
    }

    @Test
    void aHugeEntryIsRefusedWithoutExhaustingMemory() throws IOException {
        byte[] json = new byte[(int) CptsArchive.MAX_JSON + 1];
        java.util.Arrays.fill(json, (byte) ' ');
        byte[] start = "{\"format\":\"referent-cpts/case\",\"version\":1,".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, json, 0, start.length);
        Path bomb = zip("bombe.cpts", Map.of(CptsArchive.JSON_ENTRY, json));
        assertRefused(bomb, "exchange.error.tooLarge");
    }

    @Test
    void aCaseLargerThanItsBudgetIsRefusedBeforeItIsBuilt() throws IOException {
        String huge = "{\"format\":\"referent-cpts/case\",\"version\":1,\"exportedAt\":\"2026-11-22T10:00:00Z\","
                + "\"application\":\"x\",\"cases\":[{\"x\":[" + "[],".repeat((int) CptsArchive.MAX_CASE_JSON / 3 + 10_000)
                + "[]]}]}";
        Path file = zip("gros-dossier.cpts", Map.of(CptsArchive.JSON_ENTRY, huge.getBytes(StandardCharsets.UTF_8)));
        assertRefused(file, "exchange.error.tooLarge");
    }

    @Test
    void anEntryNothingRefersToIsRefusedBeforeItIsRead() throws IOException {
        String json = "{\"format\":\"referent-cpts/case\",\"version\":1,\"exportedAt\":\"2026-11-22T10:00:00Z\","
                + "\"application\":\"x\",\"cases\":[]}";
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put(CptsArchive.JSON_ENTRY, json.getBytes(StandardCharsets.UTF_8));
        entries.put("documents/" + UUID.randomUUID(), new byte[10]);
        assertRefused(zip("orphelin.cpts", entries), "exchange.error.unexpectedEntry");
    }

    @Test
    void aDocumentLargerThanDeclaredIsRefused() throws IOException {
        String json = readJson(export());
        String entry = json.replaceAll("(?s).*\"entry\" : \"(documents/[^\"]+)\".*", "$1");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put(CptsArchive.JSON_ENTRY, json.getBytes(StandardCharsets.UTF_8));
        entries.put(entry, new byte[1_000_000]);
        Path inflated = zip("gonfle.cpts", entries);
        DomainException e = assertThrows(DomainException.class, () -> CptsArchive.read(inflated));
        assertEquals("exchange.error.tooLarge", e.messageKey());
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        String json = "{\"format\":\"referent-cpts/case\",\"version\":2,\"exportedAt\":\"2026-11-22T10:00:00Z\","
                + "\"application\":\"x\",\"cases\":[]}";
        Path newer = zip("futur.cpts", Map.of(CptsArchive.JSON_ENTRY, json.getBytes(StandardCharsets.UTF_8)));
        assertRefused(newer, "exchange.error.version");
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        String json = "{\"format\":\"referent-cpts/case\",\"version\":1,\"exportedAt\":\"2026-11-22T10:00:00Z\","
                + "\"application\":\"x\",\"cases\":[],\"virus\":true}";
        Path odd = zip("champ.cpts", Map.of(CptsArchive.JSON_ENTRY, json.getBytes(StandardCharsets.UTF_8)));
        assertRefused(odd, "exchange.error.unknownField");
    }

    @Test
    void aCaseBreakingTheRulesIsRefusedBeforeAnythingIsWritten() throws IOException {
        context.documents().delete(context.documents().documents(caseFile.id()).getFirst());
        String json = readJson(export());
        String broken = json.replace("\"14762\"", "\"1476\"");
        Path bad = zip("invalide.cpts", Map.of(CptsArchive.JSON_ENTRY, broken.getBytes(StandardCharsets.UTF_8)));
        try (AppContext other = TestData.open(otherDir)) {
            List<CaseBundle> bundles = CptsArchive.read(bad);
            DomainException e = assertThrows(DomainException.class, () -> other.exchange().plan(bundles));
            assertEquals("exchange.error.invalidCase", e.messageKey());
            assertTrue(other.caseFiles().list().isEmpty());
        }
    }

    private void assertRefused(Path file, String key) {
        CaseBundle before = context.exchange().bundle(caseFile.id());
        DomainException e = assertThrows(DomainException.class, () -> context.exchange().plan(CptsArchive.read(file)));
        assertEquals(key, e.messageKey());
        assertEquals(before.caseFile(), context.exchange().bundle(caseFile.id()).caseFile());
        assertEquals(1, context.caseFiles().list().size());
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // In the map's order: the JSON first when the test says so.
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        Path file = files.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static String readJson(Path cpts) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(cpts))) {
            zip.getNextEntry();
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
