package fr.referentcpts.io.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules files: the versions shipped with the application (classpath {@code rules/}, listed
 * in {@code rules/index.txt}) and the files a user imports. Each file is parsed strictly and
 * validated (schema, the four size classes of every line, dates, statuses, the totals the texts
 * state) before it becomes a {@link RulesVersion}.
 */
public final class RulesFiles {
    static final String FOLDER = "rules/";
    static final String INDEX = FOLDER + "index.txt";

    private RulesFiles() {
    }

    /** The catalog of the shipped versions (ACI-2019, ACI-2019-AV2). */
    public static RulesCatalog shippedCatalog() {
        return new RulesCatalog(shippedVersions());
    }

    public static List<RulesVersion> shippedVersions() {
        List<RulesVersion> versions = new ArrayList<>();
        for (String line : new String(resource(INDEX), StandardCharsets.UTF_8).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            RulesVersion version = parse(resource(FOLDER + name), FOLDER + name);
            if (!name.equals(version.id() + ".json")) {
                throw new IllegalStateException("shipped rules file " + name + " has the id " + version.id());
            }
            versions.add(version);
        }
        return versions;
    }

    /**
     * Reads and validates a rules file chosen by the user. Adding it to a catalog
     * ({@link RulesCatalog#with}) then refuses an id already known with another content.
     *
     * @throws DomainException with a French message key when the file is unreadable or invalid
     */
    public static RulesVersion importFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("funding.json.unreadable", e, file.toString());
        }
        return parse(bytes, String.valueOf(file.getFileName()));
    }

    /** Validates the content of a rules file; {@code fileName} names it in the messages. */
    public static RulesVersion parse(byte[] json, String fileName) {
        RulesFileModel.RulesFile file = StrictJson.read(json, RulesFileModel.RulesFile.class, fileName);
        return new RulesReader(new FieldReader(fileName)).read(file);
    }

    /** The rules file of {@code version} (format 2), which {@link #parse} reads back to an equal version. */
    public static byte[] write(RulesVersion version) {
        return RulesWriter.write(version);
    }

    private static byte[] resource(String name) {
        try (InputStream in = RulesFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
