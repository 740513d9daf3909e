package fr.referentcpts.pdf.annex;

import fr.referentcpts.core.annex.Party;
import fr.referentcpts.core.annex.SignatureBlock;
import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The three signature blocks side by side, kept together on one page: « Pour la CPTS / la CPAM /
 * l’ARS », the organisation, « Fait à …, le … », the signatory's name and quality, and an empty
 * box where {@link SignatureFields} puts each digital-signature field.
 */
final class SignatureSection {
    /** Where the signature box of a party is: page index (0-based) and rectangle in points. */
    record Spot(Party party, int page, PDRectangle box) {
    }

    private static final float GAP = 14;
    private static final float BOX_HEIGHT = 72;

    private SignatureSection() {
    }

    static List<Spot> write(List<SignatureBlock> blocks, Sheet sheet) {
        return write(blocks, sheet, sheet.messages().get("annex.pdf.signatures.intro"));
    }

    /** The same with another sentence above the blocks (an amendment). */
    static List<Spot> write(List<SignatureBlock> blocks, Sheet sheet, String intro) {
        Messages messages = sheet.messages();
        PageFlow flow = sheet.flow();
        float width = (PageFlow.WIDTH - GAP * (blocks.size() - 1)) / blocks.size();
        List<List<Line>> columns = new ArrayList<>();
        float height = 0;
        for (SignatureBlock block : blocks) {
            List<Line> lines = lines(block, sheet, width);
            columns.add(lines);
            height = Math.max(height, lines.stream().map(l -> l.style().leading()).reduce(0f, Float::sum));
        }
        sheet.heading(messages.get("annex.pdf.signatures.title"), 30 + height + BOX_HEIGHT + 20);
        sheet.paragraph(intro);
        flow.down(8);
        float top = flow.y();
        int page = flow.pages().size() - 1;
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            float x = PageFlow.LEFT + i * (width + GAP);
            float baseline = top;
            for (Line line : columns.get(i)) {
                flow.text(line.text(), line.style(), x, baseline - line.style().size());
                baseline -= line.style().leading();
            }
            float boxTop = top - height - 6;
            flow.box(x, boxTop, width, BOX_HEIGHT, Style.RULE, 0.6f);
            flow.text(messages.get("annex.pdf.signatures.box"), sheet.type().small(), x + 4, boxTop - BOX_HEIGHT + 4);
            spots.add(new Spot(blocks.get(i).party(), page, new PDRectangle(x, boxTop - BOX_HEIGHT, width, BOX_HEIGHT)));
        }
        flow.down(height + 6 + BOX_HEIGHT + 8);
        return spots;
    }

    private record Line(String text, Style style) {
    }

    private static List<Line> lines(SignatureBlock block, Sheet sheet, float width) {
        Messages messages = sheet.messages();
        Typography type = sheet.type();
        List<Line> lines = new ArrayList<>();
        add(lines, messages.get("annex.pdf.signatures.for", messages.get(block.party())), type.subheading().withColor(Style.ACCENT), width, sheet);
        add(lines, sheet.labels().orToComplete(block.organisation()), type.body(), width, sheet);
        String place = block.place().isEmpty() ? messages.get("annex.pdf.signatures.blank") : block.place();
        String date = block.date() == null ? messages.get("annex.pdf.signatures.blank") : FrenchFormat.date(block.date());
        add(lines, messages.get("annex.pdf.signatures.madeAt", place, date), type.body(), width, sheet);
        String name = block.signatory().name().isEmpty() ? messages.get("annex.pdf.signatures.nameBlank")
                : block.signatory().name();
        add(lines, name, type.bodyBold(), width, sheet);
        String quality = block.signatory().quality() == null ? "" : messages.get(block.signatory().quality());
        if (!block.signatory().complement().isEmpty()) {
            quality = messages.get("annex.pdf.signatures.qualityComplement", quality, block.signatory().complement());
        }
        add(lines, quality, type.body(), width, sheet);
        return lines;
    }

    private static void add(List<Line> lines, String text, Style style, float width, Sheet sheet) {
        for (String line : sheet.flow().wrap(text, style, width)) {
            lines.add(new Line(line, style));
        }
    }
}
