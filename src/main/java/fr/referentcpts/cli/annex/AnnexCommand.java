package fr.referentcpts.cli.annex;

import fr.referentcpts.cli.Cli;
import fr.referentcpts.cli.CliEnvironment;
import fr.referentcpts.cli.DataDirOption;
import fr.referentcpts.cli.casefile.CaseIds;

import fr.referentcpts.AppContext;
import fr.referentcpts.core.annex.AnnexNotReadyException;
import fr.referentcpts.core.annex.DraftReason;
import fr.referentcpts.core.annex.GeneratedAnnex;
import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.Keyed;
import fr.referentcpts.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annex ID --out FILE.pdf [--draft]}: the contract annexes of a case as PDF/A-2b. A final
 * annex is refused (exit code 2, the missing items in French) while the case is not ready, and
 * recorded in the case once written; {@code --draft} always gives a « PROJET » draft, never recorded.
 */
@Command(name = "annex",
        description = "Produit les annexes au contrat tripartite d’un dossier en PDF/A : définitives (enregistrées "
                + "dans le dossier) ou projet filigrané avec --draft.")
public final class AnnexCommand implements Callable<Integer> {
    /** The shortest id prefix accepted. */
    static final int MIN_PREFIX = 4;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "ID",
            description = "Identifiant du dossier, ou ses premiers caractères (au moins 4) s’ils suffisent à le désigner.")
    String caseId;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.pdf", description = "Fichier PDF à écrire.")
    Path out;

    @Option(names = "--draft", description = "Projet filigrané « PROJET », même si des éléments manquent ; non enregistré.")
    boolean draft;

    private final CliEnvironment env;

    public AnnexCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Messages messages = env.messages();
        try (AppContext context = draft ? env.openForReading(dataDir) : env.open(dataDir)) {
            CaseFile caseFile = resolve(CaseIds.candidates(context.caseFiles(), caseId), caseId);
            GeneratedAnnex annex;
            try {
                annex = context.annexes().generate(caseFile.id(), draft);
            } catch (AnnexNotReadyException e) {
                PrintWriter err = env.err();
                err.println(messages.get(e));
                printReasons(err, e.reasons());
                err.println(messages.get("annex.cli.draftHint"));
                err.flush();
                return Cli.EXIT_ERROR;
            }
            write(annex.content());
            if (annex.isFinal()) {
                env.out().println(messages.get("annex.cli.final", out.toString(), Integer.toString(annex.pageCount()),
                        annex.report().documentId(), annex.sha256()));
            } else {
                env.out().println(messages.get("annex.cli.draft", out.toString(), Integer.toString(annex.pageCount())));
                printReasons(env.out(), annex.report().draftReasons());
            }
            env.out().flush();
        }
        return 0;
    }

    /** The case whose id is {@code reference} or starts with it (at least {@value #MIN_PREFIX} characters). */
    static CaseFile resolve(List<CaseFile> cases, String reference) {
        String prefix = CaseIds.normalized(reference);
        if (prefix.length() < MIN_PREFIX) {
            throw new DomainException("annex.error.idTooShort", reference, Integer.toString(MIN_PREFIX));
        }
        List<CaseFile> matches = cases.stream().filter(c -> c.id().toString().startsWith(prefix)).toList();
        if (matches.isEmpty()) {
            throw new DomainException("annex.error.caseUnknown", reference);
        }
        if (matches.size() > 1) {
            throw new DomainException("annex.error.caseAmbiguous", reference,
                    matches.stream().map(c -> c.id() + " (" + c.name() + ")").collect(Collectors.joining(", ")));
        }
        return matches.getFirst();
    }

    private void printReasons(PrintWriter writer, List<DraftReason> reasons) {
        Messages messages = env.messages();
        for (DraftReason reason : reasons) {
            Object[] arguments = reason.arguments().stream()
                    .map(a -> a instanceof Keyed keyed ? messages.get(keyed) : a).toArray();
            writer.println("  " + messages.get("annex.cli.reason", messages.get(reason.messageKey(), arguments)));
        }
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
