package fr.referentcpts.pdf.annex;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The XMP metadata packet of an annex (PDF/A-2b: Dublin Core title, author and subject, producer,
 * dates, PDF/A identification), written as text — byte for byte what xmpbox's serializer writes for
 * the same values ({@code XmpPacketTest}), without building an XML document and loading the
 * platform's XSLT engine to print it: ≈ 7 % of a cold {@code annex} command went there.
 */
final class XmpPacket {
    private XmpPacket() {
    }

    /** The packet, UTF-8; its dates are {@code date} at midnight UTC, as in the document information. */
    static byte[] of(PdfArchive.Description description, String producer, LocalDate date) {
        String time = date + "T00:00:00+00:00";
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + alternative("dc:title", description.title())
                + "      <dc:creator>\n"
                + "        <rdf:Seq>\n"
                + "          " + element("rdf:li", "", description.author()) + "\n"
                + "        </rdf:Seq>\n"
                + "      </dc:creator>\n"
                + alternative("dc:description", description.subject())
                + "      <dc:format>application/pdf</dc:format>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + "      <pdf:Producer>" + text(producer) + "</pdf:Producer>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
                + "      <xmp:CreatorTool>" + text(producer) + "</xmp:CreatorTool>\n"
                + "      <xmp:CreateDate>" + time + "</xmp:CreateDate>\n"
                + "      <xmp:ModifyDate>" + time + "</xmp:ModifyDate>\n"
                + "      <xmp:MetadataDate>" + time + "</xmp:MetadataDate>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + "      <pdfaid:part>2</pdfaid:part>\n"
                + "      <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "    </rdf:Description>\n"
                + "  </rdf:RDF>\n"
                + "</x:xmpmeta><?xpacket end=\"w\"?>\n";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    private static String alternative(String element, String value) {
        return "      <" + element + ">\n"
                + "        <rdf:Alt>\n"
                + "          " + element("rdf:li", " xml:lang=\"x-default\"", value) + "\n"
                + "        </rdf:Alt>\n"
                + "      </" + element + ">\n";
    }

    /** {@code <name attributes>value</name>}, or {@code <name attributes/>} when empty, as the serializer writes it. */
    private static String element(String name, String attributes, String value) {
        String text = text(value);
        return text.isEmpty() ? "<" + name + attributes + "/>" : "<" + name + attributes + ">" + text + "</" + name + ">";
    }

    /**
     * XML character data as the serializer writes it: markup characters and carriage returns
     * escaped, DEL and the C1 controls and characters beyond the Basic Multilingual Plane as numeric
     * references, the rest as is
     * — but for characters XML cannot carry (control characters, a lone half of a surrogate pair),
     * left out: the serializer failed on them, and the annex with it.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isSupplementaryCodePoint(c) || c >= 0x7F && c <= 0x9F) {
                        out.append("&#").append(c).append(';');
                    } else if (isXmlCharacter(c)) {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A character of XML 1.0's Basic Multilingual Plane (its production « Char »). */
    private static boolean isXmlCharacter(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
