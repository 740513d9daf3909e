package fr.referentcpts.core.geo;

import fr.referentcpts.core.common.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The list of French départements, from the commune referential shipped with the app. */
public final class DepartementCatalog {
    private final Map<String, Departement> byCode = new LinkedHashMap<>();

    public DepartementCatalog(List<Departement> departements) {
        departements.forEach(d -> byCode.put(d.code(), d));
    }

    public List<Departement> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * Finds a département by code (« 14 », « 2a », « 974 ») or by exact name, ignoring accents
     * and case (« calvados »), or by its label (« 14 – Calvados »). A one-digit code is read with its leading zero (« 1 » → « 01 »).
     */
    public Optional<Departement> find(String codeOrName) {
        if (Text.isBlank(codeOrName)) {
            return Optional.empty();
        }
        String text = codeOrName.contains(" – ") ? codeOrName.substring(0, codeOrName.indexOf(" – ")) : codeOrName;
        String key = text.strip().toUpperCase(Locale.ROOT);
        if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
            key = "0" + key;
        }
        Departement byCodeMatch = byCode.get(key);
        if (byCodeMatch != null) {
            return Optional.of(byCodeMatch);
        }
        String folded = Text.fold(text);
        return byCode.values().stream().filter(d -> Text.fold(d.name()).equals(folded)).findFirst();
    }

    public String nameOf(String code) {
        Departement d = byCode.get(code);
        return d == null ? code : d.name();
    }
}
