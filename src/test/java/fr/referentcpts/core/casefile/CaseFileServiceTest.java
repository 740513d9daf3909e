package fr.referentcpts.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.common.FieldProblem;
import fr.referentcpts.core.common.StaleEditException;
import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio's use cases on a real H2 database migrated by Flyway. */
class CaseFileServiceTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private CaseFileService service;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        service = context.caseFiles();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewCaseFileStartsAtPreProjectWithTheDepartementCode() {
        CaseFile created = service.create(new CaseIdentity("  CPTS du Bocage Virois ", "calvados", "Camille", ""));

        assertEquals("CPTS du Bocage Virois", created.name());
        assertEquals("14", created.departement());
        assertEquals(WorkflowStage.PRE_PROJECT, created.stage());
        assertEquals(TestData.CLOCK.instant(), created.updatedAt());
        assertEquals(List.of(created), service.list());
    }

    /** What a command that names a case file by the start of its id reads, in SQL: those and only those. */
    @Test
    void theCaseFilesOfAnIdPrefixAreThoseWhoseIdStartsWithItWhateverItsCase() {
        List<CaseFile> created = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            created.add(service.create(new CaseIdentity("CPTS " + i, "14", "", "")));
        }
        for (String prefix : List.of(created.get(7).id().toString().substring(0, 6), created.get(3).id().toString(), "0", "a",
                "f0", "-", "____", "%", "a_", "")) {
            List<CaseFile> expected = created.stream().filter(c -> c.id().toString().startsWith(prefix))
                    .sorted(java.util.Comparator.comparing(CaseFile::updatedAt).reversed()).toList();
            assertEquals(expected, service.withIdPrefix(prefix), "« " + prefix + " »");
            assertEquals(expected, service.withIdPrefix(prefix.toUpperCase(java.util.Locale.ROOT)), "« " + prefix + " »");
        }
        assertEquals(List.of(), service.withIdPrefix("____"), "LIKE wildcards are taken as text");
        assertEquals(created.get(7), service.resolve(created.get(7).id().toString().substring(0, 8).toUpperCase()));
    }

    @Test
    void departementIsFoundByCodeNameOrLabel() {
        assertEquals("2A", service.create(new CaseIdentity("A", "2a", "", "")).departement());
        assertEquals("01", service.create(new CaseIdentity("B", "1", "", "")).departement());
        assertEquals("974", service.create(new CaseIdentity("C", "La Réunion", "", "")).departement());
        assertEquals("50", service.create(new CaseIdentity("D", "50 – Manche", "", "")).departement());
    }

    @Test
    void anUnknownDepartementIsRefusedOnItsField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(new CaseIdentity("CPTS X", "99", "", "")));

        assertEquals(CaseFileService.FIELD_DEPARTEMENT, e.field());
        assertEquals("casefile.error.departementUnknown", e.messageKey());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void aBlankNameIsRefused() {
        List<FieldProblem> problems = service.check(new CaseIdentity(" ", "14", "", ""));

        assertEquals(1, problems.size());
        assertEquals(CaseFileService.FIELD_NAME, problems.getFirst().field());
    }

    @Test
    void renamingSavesAndBumpsTheVersion() {
        CaseFile created = service.create(new CaseIdentity("CPTS A", "14", "", ""));

        CaseFile renamed = service.updateIdentity(created.id(), created.version(),
                new CaseIdentity("CPTS A renommée", "14", "", "notes"));

        assertEquals(created.version() + 1, renamed.version());
        assertEquals("CPTS A renommée", service.get(created.id()).name());
        assertEquals("notes", service.get(created.id()).notes());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndLosesNothing() {
        CaseFile created = service.create(new CaseIdentity("CPTS A", "14", "", ""));
        service.updateIdentity(created.id(), created.version(), new CaseIdentity("Première", "14", "", ""));

        assertThrows(StaleEditException.class, () -> service.updateIdentity(created.id(), created.version(),
                new CaseIdentity("Seconde", "14", "", "")));
        assertEquals("Première", service.get(created.id()).name());
    }

    @Test
    void archivingKeepsTheCaseAndRestoringBringsItBack() {
        CaseFile created = service.create(new CaseIdentity("CPTS A", "14", "", ""));

        CaseFile archived = service.setArchived(created.id(), created.version(), true);
        assertTrue(service.get(created.id()).archived());

        service.setArchived(created.id(), archived.version(), false);
        assertFalse(service.get(created.id()).archived());
    }

    @Test
    void deletingRemovesTheCase() {
        CaseFile created = service.create(new CaseIdentity("CPTS A", "14", "", ""));

        service.delete(created.id());

        assertTrue(service.list().isEmpty());
    }

    @Test
    void theDemoPortfolioLoadsOnceWithoutDuplicates() {
        assertEquals(8, context.demo().load());
        assertEquals(0, context.demo().load());

        List<CaseFile> cases = service.list();
        assertEquals(8, cases.size());
        assertTrue(cases.stream().map(CaseFile::stage).distinct().count() >= 4, "demo cases at different stages");
    }
}
