package fr.referentcpts.io.exchange;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.documents.DocumentService;
import fr.referentcpts.core.exchange.Content;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A document or annex of a {@code .cpts} file, read only when it is written to the database:
 * one at a time, bounded by its declared size and checked again against its SHA-256 (the file
 * may have changed since it was checked).
 *
 * @param shown what a message names (the document's file name, the annex's identifier)
 */
record ArchiveContent(Path file, String entry, long size, String sha256, String shown) implements Content {

    @Override
    public byte[] bytes() {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry found = zip.getEntry(entry);
            if (found == null) {
                throw new DomainException("exchange.error.missingEntry", name, entry);
            }
            byte[] bytes = new byte[(int) size];
            try (InputStream in = zip.getInputStream(found)) {
                int read = in.readNBytes(bytes, 0, bytes.length);
                if (read != bytes.length || in.read() >= 0) {
                    throw new DomainException("exchange.error.documentDamaged", name, shown);
                }
            }
            if (!DocumentService.sha256(bytes).equals(sha256)) {
                throw new DomainException("exchange.error.documentDamaged", name, shown);
            }
            return bytes;
        } catch (IOException e) {
            throw new DomainException("exchange.error.read", e, file.toString());
        }
    }
}
