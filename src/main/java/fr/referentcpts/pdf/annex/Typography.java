package fr.referentcpts.pdf.annex;

/** The text styles of the annexes, in Liberation Sans. */
record Typography(Style title, Style subtitle, Style heading, Style subheading, Style body, Style bodyBold,
        Style small, Style tableHead, Style table, Style tableBold) {

    static Typography of(AnnexFonts fonts) {
        return new Typography(
                new Style(fonts.bold, 17, 22, Style.ACCENT),
                new Style(fonts.regular, 10, 13, Style.MUTED),
                new Style(fonts.bold, 12.5f, 16, Style.ACCENT),
                new Style(fonts.bold, 10, 13, Style.TEXT),
                new Style(fonts.regular, 9, 12, Style.TEXT),
                new Style(fonts.bold, 9, 12, Style.TEXT),
                new Style(fonts.regular, 8, 10.5f, Style.MUTED),
                new Style(fonts.bold, 7.5f, 9.5f, Style.ACCENT),
                new Style(fonts.regular, 8, 10, Style.TEXT),
                new Style(fonts.bold, 8, 10, Style.TEXT));
    }
}
