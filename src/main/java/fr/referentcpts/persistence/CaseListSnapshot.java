package fr.referentcpts.persistence;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.WorkflowStage;
import fr.referentcpts.core.common.LineFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case list as the last clean close left it, in the side file {@value #FILE_NAME}: what the
 * window shows while its database opens, and what {@code cases list} prints without opening it.
 * Derived data, trusted only while it is exactly the database's: written after the seal with the
 * seal's checksums, it is read only if the seal says « closed », the database file still has those
 * checksums ({@link DatabaseSeal#matches}) and the file is whole. An encrypted folder has none
 * (the names and notes would lie in clear beside the encrypted base): its close deletes it.
 */
public final class CaseListSnapshot {
    static final String FILE_NAME = "referent-cpts.list";
    private static final String HEADER = "Référent CPTS : liste des dossiers à la dernière fermeture, v1";
    private static final String END = "fin";
    private static final int FIELDS = 10;

    private CaseListSnapshot() {
    }

    /** The case files kept, the most recent first, by the clean close that left these checksums. */
    public record Kept(String checksum, List<CaseFile> cases) {
    }

    /**
     * The case files of {@code dataDir}'s database, the most recent first (as the list shows them),
     * when its last clean close kept them and nothing changed since; empty otherwise (no file, a
     * session open or ended by a crash, a database changed or restored since, an unreadable file).
     */
    public static Optional<Kept> read(Path dataDir) {
        try {
            Optional<DatabaseSeal> seal = DatabaseSeal.read(dataDir);
            if (seal.isEmpty() || !seal.get().closed() || DatabaseEncryption.read(dataDir).isPresent()) {
                return Optional.empty();
            }
            List<CaseFile> cases = parse(dataDir.resolve(FILE_NAME), seal.get().checksum());
            if (cases == null || !seal.get().matches(dataDir.resolve(Database.FILE_NAME + ".mv.db"))) {
                return Optional.empty();
            }
            cases.sort(CaseFile.MOST_RECENT_FIRST);
            return Optional.of(new Kept(seal.get().checksum(), List.copyOf(cases)));
        } catch (IOException | RuntimeException e) {
            // derived data: whatever is wrong with it, the list is read from the database
            return Optional.empty();
        }
    }

    /** Null unless the file is whole and kept for {@code checksum}. */
    private static List<CaseFile> parse(Path file, String checksum) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine()) || !checksum.equals(in.readLine())) {
                return null;
            }
            int count = Integer.parseInt(in.readLine());
            List<CaseFile> cases = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                cases.add(caseFile(LineFields.split(line)));
            }
            return END.equals(in.readLine()) && in.readLine() == null ? cases : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static CaseFile caseFile(List<String> f) {
        if (f.size() != FIELDS) {
            throw new IllegalArgumentException("ligne de " + f.size() + " champs");
        }
        return new CaseFile(UUID.fromString(f.get(0)), f.get(1), f.get(2), f.get(3), f.get(4),
                WorkflowStage.valueOf(f.get(5)), Boolean.parseBoolean(f.get(6)), Instant.parse(f.get(7)),
                Instant.parse(f.get(8)), Integer.parseInt(f.get(9)));
    }

    /**
     * Kept for the database whose clean close wrote the seal with {@code checksum}; through a
     * temporary file moved in place (never half a list under the final name).
     */
    static void write(Path dataDir, String checksum, List<CaseFile> cases) throws IOException {
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n" + checksum + "\n" + cases.size() + "\n");
            StringBuilder line = new StringBuilder(256);
            for (CaseFile c : cases) {
                line.setLength(0);
                LineFields.append(line, List.of(c.id().toString(), c.name(), c.departement(), c.referent(), c.notes(),
                        c.stage().name(), String.valueOf(c.archived()), c.createdAt().toString(),
                        c.updatedAt().toString(), String.valueOf(c.version())));
                out.append(line).append('\n');
            }
            out.write(END + "\n");
        }
        Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** No list kept (an encrypted folder, a close that failed). */
    static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE_NAME));
    }
}
