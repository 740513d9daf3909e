package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseMerge;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Annuler » after deleting a case brings it back whole: its forms, meetings and yearly reviews included. */
class DeletedCaseRestoreTest {
    @TempDir
    Path dataDir;

    @Test
    void aDeletedCaseWithMeetingsReviewsAndFormsComesBackAsItWas() {
        try (AppContext context = TestData.open(dataDir)) {
            context.demo().load();
            CaseBundle before = context.exchange().bundles(context.caseFiles().list().stream().map(CaseFile::id)
                    .toList()).stream().filter(b -> !b.workflow().meetings().isEmpty()
                            && !b.workflow().reviews().isEmpty() && b.workflow().healthProject() != null)
                    .findFirst().orElseThrow();

            CaseBundle copy = context.exchange().deleteKeepingCopy(before.caseFile().id());
            assertTrue(context.caseFiles().list().stream().noneMatch(c -> c.id().equals(before.caseFile().id())));
            context.exchange().restore(copy);

            CaseBundle after = context.exchange().bundle(before.caseFile().id());
            assertEquals(List.of(), CaseMerge.changes(before, after));
            assertEquals(before.workflow().reviews().size(), after.workflow().reviews().size());
        }
    }
}
