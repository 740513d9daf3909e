package fr.referentcpts.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the laptop's record of its agreements with the server and of its pending conflicts. */
public interface SyncStore {
    Map<UUID, SyncBase> bases();

    void saveBase(SyncBase base);

    /** Forgets the agreement about a case deleted on both sides. */
    void removeBase(UUID caseId);

    List<SyncConflict> conflicts();

    Optional<SyncConflict> conflict(UUID caseId);

    /** The server's version of a conflicting case, as {@link BundleCodec} wrote it. */
    Optional<byte[]> serverCopy(UUID caseId);

    /** Records or replaces the conflict of {@code conflict.caseId()}. */
    void saveConflict(SyncConflict conflict, byte[] serverCopy);

    void clearConflict(UUID caseId);
}
