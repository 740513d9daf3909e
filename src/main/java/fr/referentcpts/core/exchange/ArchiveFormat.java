package fr.referentcpts.core.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Port: the exchange file ({@code .cpts}) on disk, plain or encrypted, implemented outside the domain. */
public interface ArchiveFormat {
    /** Writes the file completely or not at all; encrypted with {@code passphrase} unless it is null. */
    void write(List<CaseBundle> bundles, Path file, String application, char[] passphrase);

    /** Reads and checks a file; {@code passphrases} is asked only when the file is encrypted. */
    List<CaseBundle> read(Path file, Supplier<char[]> passphrases);

    /** Deletes the decrypted copy an encrypted file needed, once its import is done or abandoned. */
    void discardDecrypted();
}
