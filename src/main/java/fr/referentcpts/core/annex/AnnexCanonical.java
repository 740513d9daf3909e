package fr.referentcpts.core.annex;

import fr.referentcpts.core.common.CanonicalText;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical text of a report ({@link CanonicalText}), hashed for its document identifier. The
 * generation date is left out: the identifier names the content, so regenerating the same content
 * another day keeps it.
 */
final class AnnexCanonical {
    private AnnexCanonical() {
    }

    static String sha256(AnnexReport report) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(report).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    static String text(AnnexReport report) {
        StringBuilder out = new StringBuilder();
        for (RecordComponent component : CanonicalText.components(AnnexReport.class)) {
            if (!component.getName().equals("generatedOn")) {
                out.append(component.getName()).append('=');
                CanonicalText.write(out, CanonicalText.value(component, report));
                out.append('\n');
            }
        }
        return out.toString();
    }
}
