package fr.referentcpts.bench;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.casefile.CaseIdentity;
import fr.referentcpts.core.exchange.CaseImport;
import fr.referentcpts.io.exchange.CptsArchive;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What {@link CrashCampaign} kills: writes in a loop and prints each write once it returned
 * (acknowledged), so the campaign knows what must survive. Modes: {@code create DIR PREFIX},
 * {@code import DIR FILE}, {@code generate DIR COUNT}.
 */
public final class CrashWorkload {
    private CrashWorkload() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[1]);
        try (AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            System.out.println("open");
            switch (args[0]) {
                case "create" -> {
                    for (int i = 0; ; i++) {
                        String name = args[2] + " " + i;
                        context.caseFiles().create(new CaseIdentity(name, "14", "", "x".repeat(500)));
                        System.out.println("ok " + name);
                    }
                }
                case "import" -> {
                    List<CaseImport> plan = context.exchange().plan(CptsArchive.read(Path.of(args[2])));
                    context.exchange().apply(plan, true);
                    System.out.println("imported " + plan.size());
                }
                case "generate" -> {
                    context.demoGenerator().generate(Integer.parseInt(args[2]), System.nanoTime(), done -> { });
                    System.out.println("generated");
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }
}
