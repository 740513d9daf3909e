package fr.referentcpts.testing;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.CaseBundle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Cases holding every part a case can hold, several in one database, and the content of a case
 * as two databases can compare it: bytes of documents and annexes included, row counters left out.
 */
public final class RichCases {
    private RichCases() {
    }

    /**
     * Imports {@code count} copies of the fixture's two versions in turn ({@link ConflictFixtures#theirs()}:
     * two documents, two annexes, forms, history, meetings, payments, crises; {@link ConflictFixtures#mine()}:
     * an amendment), each its own case with its own records (the ids of the copies renewed by the
     * import); their ids.
     */
    public static List<UUID> importCopies(AppContext context, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            CaseBundle b = n % 2 == 0 ? ConflictFixtures.theirs() : ConflictFixtures.mine();
            CaseFile c = b.caseFile();
            UUID id = UUID.randomUUID();
            List<AnnexFile> annexes = new ArrayList<>();
            for (AnnexFile a : b.annexes()) {
                annexes.add(new AnnexFile(a.id(), a.generatedAt(), a.rulesVersion(), a.sha256(),
                        "ANX-" + n + "-" + annexes.size(), a.pageCount(), a.size(), a.finalVersion(), a.source()));
            }
            CaseBundle copy = new CaseBundle(new CaseFile(id, c.name() + " " + n, c.departement(), c.referent(),
                    c.notes(), c.stage(), c.archived(), c.createdAt(), c.updatedAt(), 0), b.territory(), b.people(),
                    b.missions(), b.documents(), b.workflow(), annexes);
            context.exchange().apply(context.exchange().plan(List.of(copy)), false);
            ids.add(id);
        }
        return ids;
    }

    /**
     * What a case holds, comparable with {@code equals} between reads and between databases: the
     * bundle without its row counters, documents' and annexes' bytes in hexadecimal, every list in
     * its order.
     */
    public static List<Object> content(CaseBundle bundle) {
        CaseBundle b = bundle.detached();
        HexFormat hex = HexFormat.of();
        return Arrays.asList(b.caseFile(), b.territory(), b.people(), b.missions(),
                b.documents().stream().map(f -> Arrays.asList(f.document(), hex.formatHex(f.content()))).toList(),
                b.workflow(), b.annexes().stream().map(a -> Arrays.asList(a.id(), a.generatedAt(), a.rulesVersion(),
                        a.sha256(), a.documentId(), a.pageCount(), a.size(), a.finalVersion(),
                        hex.formatHex(a.source().bytes()))).toList());
    }
}
