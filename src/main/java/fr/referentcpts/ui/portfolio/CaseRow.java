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
        if (foldedQuery.isEmpty()) {
            return true;
        }
        for (String word : foldedQuery.split(" ")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
