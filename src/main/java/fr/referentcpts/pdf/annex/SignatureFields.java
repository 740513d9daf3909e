package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.Party;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Empty digital-signature fields (AcroForm {@code /FT /Sig}) over the three signature boxes,
 * named {@code signature_cpts}, {@code signature_cpam} and {@code signature_ars}, so each
 * signatory can sign with any PAdES tool. PDF/A-2b: printable widgets with an (empty) normal
 * appearance, no {@code NeedAppearances}.
 */
final class SignatureFields {
    private SignatureFields() {
    }

    /** The field name of a party's signature: « signature_cpts »… */
    static String fieldName(Party party) {
        return "signature_" + party.name().toLowerCase(Locale.ROOT);
    }

    static void add(PDDocument document, List<PDPage> pages, List<SignatureSection.Spot> spots) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        for (SignatureSection.Spot spot : spots) {
            PDPage page = pages.get(spot.page());
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(fieldName(spot.party()));
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            widget.setRectangle(spot.box());
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(emptyAppearance(document, spot.box()));
            page.getAnnotations().add(widget);
            form.getFields().add(field);
        }
    }

    private static PDAppearanceDictionary emptyAppearance(PDDocument document, PDRectangle box) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        stream.setResources(new PDResources());
        try (OutputStream out = stream.getContentStream().createOutputStream()) {
            out.flush();
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }
}
