package fr.referentcpts.io.funding;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules files imported by an earlier version of the application, kept in the {@code rules/}
 * folder of the data folder and added to the shipped versions at every start (versions imported
 * or confirmed now are kept in the database). A file whose id is already known with another
 * content is skipped: a pinned version never changes silently.
 */
public final class ImportedRules {
    private static final Logger LOG = LoggerFactory.getLogger(ImportedRules.class);
    static final String FOLDER = "rules";

    private ImportedRules() {
    }

    /** The shipped versions plus those imported into {@code dataDir}; a damaged file is logged and skipped. */
    public static RulesCatalog catalog(Path dataDir) {
        RulesCatalog catalog = RulesFiles.shippedCatalog();
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return catalog;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    catalog = catalog.with(RulesFiles.importFile(file));
                } catch (DomainException e) {
                    LOG.warn("Fichier de règles ignoré : {} ({})", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Dossier des règles illisible : {}", folder, e);
        }
        return catalog;
    }
}
