package fr.referentcpts.core.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Exporting case files to a {@code .cpts} file and importing one, the same way from the window
 * and from the command line: read and plan first (nothing written), then apply the plan the
 * referent accepted, or abandon it.
 */
public final class ExchangeFiles {
    private final ExchangeService exchange;
    private final ArchiveFormat format;
    private final String application;

    /** @param application who writes the files, e.g. « Référent CPTS 2.3.0 » */
    public ExchangeFiles(ExchangeService exchange, ArchiveFormat format, String application) {
        this.exchange = exchange;
        this.format = format;
        this.application = application;
    }

    /** Everything a case holds, as this computer has it (one side of a synchronisation conflict). */
    public CaseBundle bundle(UUID caseId) {
        return exchange.bundle(caseId);
    }

    /** Writes the case files to {@code file}, encrypted unless {@code passphrase} is null; returns how many. */
    public int export(List<UUID> caseIds, Path file, char[] passphrase) {
        List<CaseBundle> bundles = exchange.bundles(caseIds);
        format.write(bundles, file, application, passphrase);
        return bundles.size();
    }

    /** What importing {@code file} would change, case by case; nothing is written. */
    public List<CaseImport> plan(Path file, Supplier<char[]> passphrases) {
        try {
            return exchange.plan(format.read(file, passphrases));
        } catch (RuntimeException | Error e) {
            format.discardDecrypted();
            throw e;
        }
    }

    /** Applies an accepted plan; {@code replaceNewer}: a case may be replaced by an older version of it. */
    public int apply(List<CaseImport> plan, boolean replaceNewer) {
        try {
            exchange.apply(plan, replaceNewer);
            return plan.size();
        } finally {
            format.discardDecrypted();
        }
    }

    /** Deletes a case, keeping it in memory for {@link #restore} (undo). */
    public CaseBundle deleteKeepingCopy(UUID caseId) {
        return exchange.deleteKeepingCopy(caseId);
    }

    /** Undoes a deletion: the case comes back with everything it held. */
    public void restore(CaseBundle copy) {
        exchange.restore(copy);
    }

    /** The referent declined the plan: nothing is imported, the decrypted copy is deleted. */
    public void abandon() {
        format.discardDecrypted();
    }
}
