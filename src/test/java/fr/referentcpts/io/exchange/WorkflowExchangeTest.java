package fr.referentcpts.io.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.core.workflow.CaseSnapshot;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demonstration portfolio, at every stage, through a .cpts file: the workflow and history travel too. */
class WorkflowExchangeTest {
    @TempDir
    Path mine;
    @TempDir
    Path theirs;
    @TempDir
    Path files;

    @Test
    void everyStageFormMeetingHistoryReviewAndPaymentTravels() {
        Path file = files.resolve("demo.cpts");
        List<CaseSnapshot> original;
        try (AppContext context = TestData.open(mine)) {
            context.demo().load();
            List<CaseFile> cases = context.caseFiles().list();
            original = cases.stream().map(c -> context.workflow().snapshot(c.id())).toList();
            CptsArchive.write(context.exchange().bundles(cases.stream().map(CaseFile::id).toList()), file, "test");
        }
        try (AppContext context = TestData.open(theirs)) {
            List<CaseBundle> bundles = CptsArchive.read(file);
            context.exchange().apply(context.exchange().plan(bundles), false);

            for (CaseSnapshot before : original) {
                CaseSnapshot after = context.workflow().snapshot(before.id());
                String name = before.caseFile().name();
                assertEquals(before.caseFile().stage(), after.caseFile().stage(), name);
                assertEquals(before.history(), after.history(), name);
                assertEquals(before.meetings().size(), after.meetings().size(), name);
                assertEquals(before.reviews().size(), after.reviews().size(), name);
                assertEquals(before.payments(), after.payments(), name);
                assertEquals(before.contractAmounts(), after.contractAmounts(), name);
                assertEquals(before.contract().crises(), after.contract().crises(), name);
                assertEquals(before.contract().amendments().stream().map(a -> a.terms()).toList(),
                        after.contract().amendments().stream().map(a -> a.terms()).toList(), name);
                assertEquals(before.negotiation().signatureDate(), after.negotiation().signatureDate(), name);
                assertEquals(before.healthProject().rna(), after.healthProject().rna(), name);
                assertEquals(context.workflow().status(before.id()).requirements(),
                        statusIn(mine, before), name + ": the same requirements are met and missing");
            }
            List<CaseImport> again = context.exchange().plan(CptsArchive.read(file));
            assertTrue(again.stream().allMatch(i -> i.exists() && i.changes().isEmpty()),
                    "importing the same file again changes nothing: " + again.stream()
                            .flatMap(i -> i.changes().stream()).toList());
        }
    }

    private static Object statusIn(Path dataDir, CaseSnapshot snapshot) {
        try (AppContext context = TestData.open(dataDir)) {
            return context.workflow().status(snapshot.id()).requirements();
        }
    }
}
