package fr.referentcpts.pdf.annex;

import fr.referentcpts.i18n.Messages;

/** What the sections write with: the page flow, the styles, the French texts and labels. */
record Sheet(PageFlow flow, Typography type, Messages messages, AnnexLabels labels) {

    /** A section title, kept with at least {@code keepWith} points of what follows. */
    void heading(String text, float keepWith) {
        flow.ensure(type.heading().leading() + 10 + keepWith);
        flow.down(8);
        flow.paragraph(text, type.heading(), PageFlow.LEFT, PageFlow.WIDTH);
        flow.rule(PageFlow.LEFT, flow.y() + 1, PageFlow.RIGHT, flow.y() + 1, Style.ACCENT, 0.8f);
        flow.down(6);
    }

    /** A sub-title, kept with at least {@code keepWith} points of what follows. */
    void subheading(String text, float keepWith) {
        flow.ensure(type.subheading().leading() + 6 + keepWith);
        flow.down(5);
        flow.paragraph(text, type.subheading(), PageFlow.LEFT, PageFlow.WIDTH);
        flow.down(1);
    }

    void paragraph(String text) {
        flow.paragraph(text, type.body(), PageFlow.LEFT, PageFlow.WIDTH);
    }

    void note(String text) {
        flow.paragraph(text, type.small(), PageFlow.LEFT, PageFlow.WIDTH);
    }

    void space(float points) {
        flow.down(points);
    }
}
