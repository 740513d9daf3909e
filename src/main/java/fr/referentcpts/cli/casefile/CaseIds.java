package fr.referentcpts.cli.casefile;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.casefile.CaseFileService;
import fr.referentcpts.core.common.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A case file named on the command line: its full identifier, or an unambiguous prefix of at least 4 characters. */
public final class CaseIds {
    public static final int MIN_PREFIX = 4;

    private CaseIds() {
    }

    /** The case file {@code text} names, looked up by its prefix only (not every case file read). */
    public static CaseFile resolve(CaseFileService caseFiles, String text) {
        return resolve(candidates(caseFiles, text), text);
    }

    /**
     * The case files whose id starts with {@code text} (one query), none when {@code text} is too
     * short to name one: what a resolution by prefix chooses from.
     */
    public static List<CaseFile> candidates(CaseFileService caseFiles, String text) {
        String id = normalized(text);
        return id.length() < MIN_PREFIX ? List.of() : caseFiles.withIdPrefix(id);
    }

    /** {@code text} as an id prefix: without surrounding blanks, in lower case. */
    public static String normalized(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public static CaseFile resolve(List<CaseFile> cases, String text) {
        String id = normalized(text);
        if (id.length() < MIN_PREFIX) {
            throw new DomainException("workflow.cli.error.idTooShort", text, MIN_PREFIX);
        }
        List<CaseFile> matching = cases.stream().filter(c -> c.id().toString().startsWith(id)).toList();
        if (matching.isEmpty()) {
            throw new DomainException("workflow.cli.error.unknownId", text);
        }
        if (matching.size() > 1) {
            throw new DomainException("workflow.cli.error.ambiguousId", text, matching.stream()
                    .map(c -> c.id().toString().substring(0, 8) + "… " + c.name()).collect(Collectors.joining(", ")));
        }
        return matching.getFirst();
    }
}
