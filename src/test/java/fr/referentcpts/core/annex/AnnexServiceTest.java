package fr.referentcpts.core.annex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.people.Person;
import fr.referentcpts.core.people.PersonKind;
import fr.referentcpts.core.people.Profession;
import fr.referentcpts.core.people.Role;
import fr.referentcpts.testing.AnnexFixtures;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generating, recording and re-verifying annexes on a real database. */
class AnnexServiceTest {
    @TempDir
    Path dataDir;
    private AppContext context;
    private CaseFile caseFile;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        caseFile = AnnexFixtures.caseWithContent(context, 5);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AnnexService ready() {
        return context.annexes(AnnexFixtures.sources(context, AnnexFixtures.readyParties(), Map.of()));
    }

    @Test
    void everyFinalAnnexIsRecordedWithItsFingerprint() {
        GeneratedAnnex generated = ready().generate(caseFile.id(), false);

        List<Annex> stored = ready().annexes(caseFile.id());
        assertEquals(1, stored.size());
        Annex annex = stored.getFirst();
        assertEquals(generated.stored().id(), annex.id());
        assertTrue(annex.finalVersion());
        assertEquals("ACI-2019", annex.rulesVersion());
        assertEquals(TestData.CLOCK.instant(), annex.generatedAt());
        assertEquals(AnnexService.sha256(generated.content()), annex.sha256());
        assertEquals(generated.report().documentId(), annex.documentId());
        assertEquals(generated.pageCount(), annex.pageCount());
        assertEquals(generated.content().length, annex.size());
        assertArrayEquals(generated.content(), annex.content());
        assertTrue(ready().checkedAnnexes(caseFile.id()).getFirst().intact());
    }

    @Test
    void alteredBytesFailTheCheck() {
        Annex annex = ready().generate(caseFile.id(), false).stored();
        byte[] altered = annex.content().clone();
        altered[altered.length / 2] ^= 1;

        AnnexCheck check = AnnexService.verify(new Annex(annex.id(), annex.caseId(), annex.generatedAt(),
                annex.rulesVersion(), annex.sha256(), annex.documentId(), annex.pageCount(), annex.size(), true,
                altered));

        assertFalse(check.intact());
        assertEquals(AnnexService.sha256(altered), check.actualSha256());
    }

    @Test
    void draftsAreNeverRecorded() {
        GeneratedAnnex draft = ready().generate(caseFile.id(), true);

        assertTrue(draft.report().draft());
        assertNull(draft.stored());
        assertEquals(List.of(), ready().annexes(caseFile.id()));
    }

    @Test
    void aFinalAnnexOfACaseNotReadyIsRefusedWithWhatIsMissing() {
        AnnexNotReadyException refused = assertThrows(AnnexNotReadyException.class,
                () -> context.annexes().generate(caseFile.id(), false));

        assertEquals("annex.error.notReady", refused.messageKey());
        assertTrue(refused.reasons().contains(DraftReason.of("annex.reason.rna")));
        assertTrue(refused.reasons().contains(DraftReason.of("annex.reason.signatureDate")));
        assertEquals(List.of(), context.annexes().annexes(caseFile.id()));
    }

    @Test
    void deletingTheCaseDeletesItsAnnexes() {
        Annex annex = ready().generate(caseFile.id(), false).stored();

        context.caseFiles().delete(caseFile.id());

        assertThrows(fr.referentcpts.core.common.NotFoundException.class, () -> ready().annex(annex.id()));
    }

}
