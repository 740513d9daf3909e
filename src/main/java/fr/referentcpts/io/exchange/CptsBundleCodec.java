package fr.referentcpts.io.exchange;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.exchange.AnnexFile;
import fr.referentcpts.core.exchange.AttachedFile;
import fr.referentcpts.core.exchange.CaseBundle;
import fr.referentcpts.core.exchange.Content;
import fr.referentcpts.core.sync.BundleCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A case kept as the bytes of a one-case {@code .cpts} file (the server's version of a case in
 * conflict): written and read, with all its checks, by the same code as an export and an import.
 */
public final class CptsBundleCodec implements BundleCodec {
    private static final String NAME = "copie-serveur.cpts";
    private final String application;

    public CptsBundleCodec(String application) {
        this.application = application;
    }

    @Override
    public byte[] write(CaseBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CptsArchive.write(List.of(bundle), out, application, CptsArchive.MAX_JSON);
        } catch (IOException e) {
            throw new DomainException("exchange.error.write", e, NAME);
        }
        return out.toByteArray();
    }

    /** Read through a temporary file (where the reader finds the documents), then held in memory. */
    @Override
    public CaseBundle read(byte[] bytes) {
        Path file = null;
        try {
            file = Files.createTempFile("referent-cpts-sync", ".cpts");
            Files.write(file, bytes);
            CaseBundle read;
            try (InputStream in = Files.newInputStream(file)) {
                read = new CptsReader(file, NAME).read(in).getFirst();
            }
            return new CaseBundle(read.caseFile(), read.territory(), read.people(), read.missions(),
                    read.documents().stream().map(f -> new AttachedFile(f.document(), Content.of(f.content())))
                            .toList(),
                    read.workflow(), read.annexes().stream().map(a -> new AnnexFile(a.id(), a.generatedAt(),
                            a.rulesVersion(), a.sha256(), a.documentId(), a.pageCount(), a.size(), a.finalVersion(),
                            Content.of(a.source().bytes()))).toList());
        } catch (IOException e) {
            throw new DomainException("exchange.error.read", e, NAME);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
