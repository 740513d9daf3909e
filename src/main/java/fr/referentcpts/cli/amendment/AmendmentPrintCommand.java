package fr.referentcpts.cli.amendment;

import fr.referentcpts.AppContext;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.casefile.CaseIds;
import fr.referentcpts.core.amendment.PrintedAmendment;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amendment print ID N --out FILE.pdf}: « Avenant n° N au contrat tripartite » of a case as
 * PDF/A-2b, with the three signature fields, or a « PROJET » draft while an amount it uses is not
 * confirmed (the reasons are listed).
 */
@Command(name = "print", description = "Produit l’avenant n° N au contrat tripartite d’un dossier en PDF/A "
        + "(projet filigrané « PROJET » tant que des montants restent à confirmer).")
public final class AmendmentPrintCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "ID",
            description = "Identifiant du dossier, ou ses premiers caractères (au moins 4) s’ils suffisent à le désigner.")
    String caseId;

    @Parameters(index = "1", paramLabel = "N", description = "Numéro de l’avenant (1, 2…).")
    int number;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.pdf", description = "Fichier PDF à écrire.")
    Path out;

    private final CliEnvironment env;

    public AmendmentPrintCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Messages messages = env.messages();
        try (AppContext context = env.open(dataDir)) {
            CaseFile caseFile = CaseIds.resolve(context.caseFiles(), caseId);
            PrintedAmendment printed = context.amendments().print(caseFile.id(), number);
            write(printed.content());
            if (printed.report().draft()) {
                env.out().println(messages.get("amendmentUi.cli.draft", Integer.toString(number), out.toString(),
                        Integer.toString(printed.pageCount())));
                for (DraftReason reason : printed.report().draftReasons()) {
                    Object[] arguments = reason.arguments().stream()
                            .map(a -> a instanceof Keyed keyed ? messages.get(keyed) : a).toArray();
                    env.out().println("  " + messages.get("annex.cli.reason", messages.get(reason.messageKey(),
                            arguments)));
                }
            } else {
                env.out().println(messages.get("amendmentUi.cli.final", Integer.toString(number), out.toString(),
                        Integer.toString(printed.pageCount()), printed.report().documentId()));
            }
            env.out().flush();
        }
        return 0;
    }

    private void write(byte[] content) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, content);
        } catch (IOException e) {
            throw new DomainException("annex.error.write", e, out.toString());
        }
    }
}
