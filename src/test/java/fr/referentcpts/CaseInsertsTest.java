package fr.referentcpts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.annex.Annex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.WorkflowData;
import fr.referentcpts.core.funding.ContractAmount;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.meetings.Meeting;
import fr.referentcpts.core.missions.MissionContent;
import fr.referentcpts.persistence.exchange.JooqCaseInserts;
import fr.referentcpts.persistence.generated.Public;
import fr.referentcpts.testing.ConflictFixtures;
import fr.referentcpts.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole cases inserted table by table ({@link JooqCaseInserts}, what an import and a
 * synchronisation write) leave exactly the rows the repositories write for the same records one
 * by one: positions, versions, the history's chain, documents' and annexes' bytes — for the
 * demonstration portfolio and a case holding every part a case can hold.
 */
class CaseInsertsTest {
    /** Tables that hold no case's rows (the home figures are derived from them, never written with them). */
    private static final Set<String> NOT_CASES = Set.of("APP_SETTINGS", "RULES_VERSION", "SYNC_BASE", "SYNC_CONFLICT",
            "CASE_REVISION", "CASE_FIGURES", "flyway_schema_history");
    @TempDir
    Path dataDir;
    private AppContext context;
    private Repositories repositories;
    private List<CaseBundle> bundles;

    @BeforeEach
    void open() {
        context = TestData.open(dataDir);
        context.demo().load();
        context.exchange().apply(context.exchange().plan(List.of(everyPart())), false);
        repositories = context.repositories();
        bundles = context.exchange().bundles(context.caseFiles().list().stream().map(CaseFile::id).toList())
                .stream().map(CaseBundle::detached).toList();
    }

    /** The fixture's case holding every part, its annexes' document numbers as short as the database keeps them. */
    private static CaseBundle everyPart() {
        CaseBundle b = ConflictFixtures.mine();
        List<AnnexFile> annexes = new ArrayList<>();
        for (AnnexFile a : b.annexes()) {
            annexes.add(new AnnexFile(a.id(), a.generatedAt(), a.rulesVersion(), a.sha256(), "ANX-" + annexes.size(),
                    a.pageCount(), a.size(), a.finalVersion(), a.source()));
        }
        return new CaseBundle(b.caseFile(), b.territory(), b.people(), b.missions(), b.documents(), b.workflow(),
                annexes);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void insertingWholeCasesWritesTheRowsOfTheRepositoriesOneByOne() {
        Map<String, List<String>> rowByRow = rewritten(() -> bundles.forEach(this::oneByOne));
        Map<String, List<String>> tableByTable = rewritten(
                () -> new JooqCaseInserts(repositories.transactions()).insert(bundles));

        assertEquals(rowByRow, tableByTable);
        List<String> empty = rowByRow.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                .toList();
        assertTrue(empty.isEmpty(), "every table of a case is compared: " + empty);
    }

    /** Every case deleted, then written by {@code write}, in one transaction: the rows of every case table. */
    private Map<String, List<String>> rewritten(Runnable write) {
        repositories.transactions().inTransaction(() -> {
            bundles.forEach(b -> repositories.caseFiles().delete(b.caseFile().id()));
            write.run();
            return null;
        });
        Map<String, List<String>> rows = new TreeMap<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            if (!NOT_CASES.contains(table.getName())) {
                List<String> lines = new ArrayList<>();
                for (Record r : repositories.transactions().dsl().selectFrom(table).fetch()) {
                    // a change mark is new at every write, by design (ChangeMarks): not compared
                    lines.add(Stream.of(r.fields()).filter(f -> !f.getName().equals("CHANGE_MARK")).map(r::get)
                            .map(v -> v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
                            .collect(Collectors.joining("|")));
                }
                lines.sort(null);
                rows.put(table.getName(), lines);
            }
        }
        return rows;
    }

    /** The case written through the repositories, record by record (as imports did before whole-case inserts). */
    private void oneByOne(CaseBundle bundle) {
        UUID id = bundle.caseFile().id();
        repositories.caseFiles().insert(bundle.caseFile());
        repositories.territories().replace(id, bundle.territory());
        bundle.people().forEach(repositories.people()::save);
        MissionContent content = bundle.missions();
        content.missions().forEach(m -> repositories.missions().saveMission(id, m));
        content.actions().forEach(repositories.missions()::saveAction);
        content.indicators().forEach(repositories.missions()::saveIndicator);
        content.overrides().forEach(o -> repositories.missions().saveOverride(id, o));
        for (AttachedFile f : bundle.documents()) {
            repositories.documents().insert(f.document(), f.content());
        }
        WorkflowData data = bundle.workflow().unsaved();
        if (data.preProject() != null) {
            repositories.workflow().savePreProject(id, data.preProject());
        }
        if (data.letterOfIntent() != null) {
            repositories.workflow().saveLetterOfIntent(id, data.letterOfIntent());
        }
        if (data.healthProject() != null) {
            repositories.workflow().saveHealthProject(id, data.healthProject());
        }
        if (data.negotiation() != null) {
            repositories.workflow().saveNegotiation(id, data.negotiation());
        }
        Map<LineKey, ContractAmount> amounts = new LinkedHashMap<>();
        data.enteredAmounts().forEach(a -> amounts.put(a.line(),
                new ContractAmount(a.amount(), a.enteredBy(), a.enteredOn(), a.reason())));
        repositories.workflow().replaceContractAmounts(id, amounts);
        data.crises().forEach(c -> repositories.contracts().addCrisis(id, c));
        data.crisisPlan().forEach(p -> repositories.contracts().savePlan(id, p));
        data.amendments().forEach(a -> repositories.contracts().addAmendment(id, a));
        if (data.paymentFile() != null) {
            repositories.contracts().savePaymentFile(id, data.paymentFile());
        }
        data.history().forEach(repositories.workflow()::addHistory);
        for (Meeting meeting : data.meetings()) {
            assertTrue(repositories.meetings().save(meeting));
        }
        data.reviews().forEach(r -> assertTrue(repositories.followUp().saveReview(id, r)));
        data.payments().forEach(repositories.followUp()::savePayment);
        for (AnnexFile a : bundle.annexes()) {
            repositories.annexes().insert(new Annex(a.id(), id, a.generatedAt(), a.rulesVersion(), a.sha256(),
                    a.documentId(), a.pageCount(), a.size(), a.finalVersion(), a.source().bytes()));
        }
    }
}
