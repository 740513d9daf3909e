package fr.referentcpts.testing;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Creates case files, says so, then dies at once without closing anything (as a kill -9 or a
 * power cut would): what was acknowledged must be found again.
 */
public final class WriteThenDie {
    private WriteThenDie() {
    }

    public static void main(String[] args) {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemDefaultZone());
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            context.caseFiles().create(new CaseIdentity("CPTS acquittée " + i, "14", "", ""));
            System.out.println("créé " + i);
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
