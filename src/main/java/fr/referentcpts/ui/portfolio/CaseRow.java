package fr.referentcpts.ui.portfolio;

import fr.referentcpts.core.casefile.CaseFile;
import fr.referentcpts.core.common.Text;

/** One line of the portfolio table, with its French labels and its folded search text. */
public record CaseRow(CaseFile caseFile, String departementLabel, String stageLabel, String updatedLabel,
        String searchText) {

    public static CaseRow of(CaseFile c, String departementName, String stageLabel, String updatedLabel) {
        String search = Text.fold(String.join(" ", c.name(), c.departement(), departementName, c.referent(), stageLabel));
        return new CaseRow(c, c.departement() + " – " + departementName, stageLabel, updatedLabel, search);
    }

    public String name() {
        return caseFile.name();
    }

    public boolean matches(String foldedQuery) {
        return matchesAll(words(foldedQuery));
    }

    /** The words of a folded query, split once per keystroke rather than once per row. */
    public static String[] words(String foldedQuery) {
        return foldedQuery.isEmpty() ? new String[0] : foldedQuery.split(" ");
    }

    /** Every word is in the row's search text (no word: every row). */
    public boolean matchesAll(String[] words) {
        for (String word : words) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
