package fr.referentcpts.pdf.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XMP packet written as text is, byte for byte, what xmpbox's serializer (over the Java
 * platform's own XML, as the annexes used it) writes for the same values: annexes generated before
 * and after it are identical for the same data, and PDF/A validators read the same metadata.
 */
class XmpPacketTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    @ParameterizedTest
    @ValueSource(strings = {
        "Annexes au contrat tripartite – Association CPTS du Bessin",
        "CPTS « Sud & Ouest » <Calvados> l’été",
        "Guillemets \"doubles\" et 'simples', > seul, ]]> et &amp; déjà échappé",
        "Tabulation\tet\nretour à la ligne\r\nfin",
        "Émoji 🩺 hors du plan de base, espaces  multiples ",
        "Contrôle \u007F, \u0085 et \u2028 collés",
        ""})
    void isWhatXmpboxWritesForTheSameValues(String value) throws Exception {
        PdfArchive.Description description = new PdfArchive.Description(value, "Auteur " + value, "Objet " + value);

        assertEquals(new String(serialized(description, PdfArchive.PRODUCER), StandardCharsets.UTF_8),
                new String(XmpPacket.of(description, PdfArchive.PRODUCER, DATE), StandardCharsets.UTF_8));
    }

    /**
     * A character XML cannot carry (a control character pasted into a name) is left out of the
     * metadata, not refused: xmpbox's serializer failed there, and with it the annex.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Nom\u0001 collé", "Saut\u000Bvertical\u001F", "Non-caractère \uFFFE", "Moitié \uD83E seule",
        "\u0002"})
    void charactersXmlCannotCarryAreLeftOut(String value) throws Exception {
        String clean = value.codePoints().filter(c -> c == '\t' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        PdfArchive.Description description = new PdfArchive.Description(value, value, value);

        assertEquals(new String(serialized(new PdfArchive.Description(clean, clean, clean), PdfArchive.PRODUCER),
                StandardCharsets.UTF_8), new String(XmpPacket.of(description, PdfArchive.PRODUCER, DATE),
                StandardCharsets.UTF_8));
    }

    /** The metadata as the annexes built and serialized it before (xmpbox, the platform's XML). */
    private static byte[] serialized(PdfArchive.Description description, String producer) throws Exception {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(DATE.getYear(), DATE.getMonthValue() - 1, DATE.getDayOfMonth(), 0, 0, 0);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(description.title());
        dc.addCreator(description.author());
        dc.setDescription(description.subject());
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(producer);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        pdfa.setConformance("B");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
                .serialize(xmp, out, true);
        return out.toByteArray();
    }
}
