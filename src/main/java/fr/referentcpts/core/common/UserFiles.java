package fr.referentcpts.core.common;

import java.nio.file.Path;

/**
 * Port: the files a referent picks outside the data folder (a document to attach, an annex or a
 * copy to save, a copy handed to the system viewer). Failures come back as {@link DomainException}s
 * that name the file and the cause a referent can act on (disk full, access refused).
 */
public interface UserFiles {
    /** Writes {@code content} to {@code target} completely or not at all (an earlier file stays intact). */
    void save(Path target, byte[] content);

    /** The content of {@code source}, refused before reading when it is larger than {@code maxBytes}. */
    byte[] read(Path source, long maxBytes);

    /** A copy of {@code content} under {@code name} in a private temporary folder, deleted at exit. */
    Path temporaryCopy(String name, byte[] content);
}
