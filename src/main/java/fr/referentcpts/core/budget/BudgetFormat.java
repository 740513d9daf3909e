package fr.referentcpts.core.budget;

/** The files the budget is exported to for the CPAM's budget follow-up. */
public enum BudgetFormat {
    /** Semicolon-separated, comma decimals, UTF-8 with a byte order mark: what a French Excel opens as is. */
    CSV("csv"),
    /** An Excel workbook, amounts as numbers in euros. */
    XLSX("xlsx");

    private final String extension;

    BudgetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
