package fr.referentcpts.pdf.annex;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes the annexes a reproducible PDF/A-2b: the same title, author, subject and dates in
 * the document information and the XMP metadata, the PDF/A identification, an sRGB output
 * intent (the JDK's own profile), and a fixed document ID. The dates are the generation date at
 * midnight UTC and the ID derives from the content's fingerprint: no clock, no random value.
 */
final class PdfArchive {
    static final String PRODUCER = "Référent CPTS (Apache PDFBox)";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Title, author, subject of the document. */
    record Description(String title, String author, String subject) {
    }

    private PdfArchive() {
    }

    static void apply(PDDocument document, Description description, LocalDate generatedOn, String fingerprint)
            throws IOException {
        Calendar date = midnightUtc(generatedOn);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.getDocumentCatalog().setLanguage("fr-FR");
        document.getDocumentCatalog().setMetadata(metadata(document, description, generatedOn));
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
        COSArray id = new COSArray();
        id.add(new COSString(bytes(fingerprint)));
        id.add(new COSString(bytes(sha256(fingerprint + "/" + generatedOn))));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static PDMetadata metadata(PDDocument document, Description description, LocalDate date)
            throws IOException {
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XmpPacket.of(description, PRODUCER, date));
        return metadata;
    }

    private static Calendar midnightUtc(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), java.util.Locale.ROOT);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    /** The first 16 bytes of a hex digest. */
    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.substring(0, 32));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
