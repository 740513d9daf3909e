package fr.referentcpts.io.exchange;

import fr.referentcpts.core.exchange.ArchiveFormat;
import fr.referentcpts.core.exchange.CaseBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The {@code .cpts} format ({@link CptsArchive}) behind the domain's port. */
public final class CptsFormat implements ArchiveFormat {
    @Override
    public void write(List<CaseBundle> bundles, Path file, String application, char[] passphrase) {
        CptsArchive.write(bundles, file, application, passphrase);
    }

    @Override
    public List<CaseBundle> read(Path file, Supplier<char[]> passphrases) {
        return CptsArchive.read(file, passphrases);
    }

    @Override
    public void discardDecrypted() {
        CptsArchive.discardDecrypted();
    }
}
