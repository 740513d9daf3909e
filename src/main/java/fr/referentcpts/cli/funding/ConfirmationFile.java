package fr.referentcpts.cli.funding;

import fr.referentcpts.core.common.ValidationException;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.RulesConfirmationRequest;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.io.funding.StrictJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The input of {@code rules confirm --from FILE}, read strictly: {@code {"id", "completes",
 * "confirmedBy", "confirmedOn", "text", "amounts": [{"line": "OPERATING", "amounts": {"1": 50000,
 * …}}]}}. A bad file, an unknown line or size class is refused naming the field; the core checks
 * the rest (id already used, amounts, the completed version).
 */
final class ConfirmationFile {
    record FileJson(String id, String completes, String confirmedBy, String confirmedOn, String text,
            List<LineJson> amounts) {
    }

    record LineJson(String line, Map<String, BigDecimal> amounts) {
    }

    private ConfirmationFile() {
    }

    static RulesConfirmationRequest read(byte[] content, String fileName) {
        FileJson json = StrictJson.read(content, FileJson.class, fileName);
        LocalDate confirmedOn = null;
        if (json.confirmedOn() != null) {
            try {
                confirmedOn = LocalDate.parse(json.confirmedOn());
            } catch (DateTimeParseException e) {
                throw new ValidationException("confirmedOn", "funding.input.error.badDate", fileName, json.confirmedOn(),
                        "confirmedOn");
            }
        }
        List<RulesConfirmationRequest.LineAmounts> lines = new ArrayList<>();
        List<LineJson> given = json.amounts() == null ? List.of() : json.amounts();
        for (int i = 0; i < given.size(); i++) {
            String field = "amounts[" + i + "]";
            LineJson line = given.get(i);
            if (line == null || line.line() == null) {
                throw new ValidationException(field + ".line", "funding.input.error.required", fileName,
                        field + ".line");
            }
            LineKey key = LineKey.parse(line.line()).orElseThrow(() -> new ValidationException(field + ".line",
                    "cli.rules.confirm.unknownLine", fileName, line.line(), field + ".line"));
            Map<SizeClass, BigDecimal> bySize = new EnumMap<>(SizeClass.class);
            Map<String, BigDecimal> amounts = line.amounts() == null ? Map.of() : line.amounts();
            for (Map.Entry<String, BigDecimal> amount : amounts.entrySet()) {
                String path = field + ".amounts." + amount.getKey();
                if (!List.of("1", "2", "3", "4").contains(amount.getKey())) {
                    throw new ValidationException(path, "cli.rules.confirm.badSize", fileName, amount.getKey(), path);
                }
                if (amount.getValue() == null) {
                    throw new ValidationException(path, "funding.input.error.required", fileName, path);
                }
                bySize.put(SizeClass.of(Integer.parseInt(amount.getKey())), amount.getValue());
            }
            lines.add(new RulesConfirmationRequest.LineAmounts(key, bySize));
        }
        return new RulesConfirmationRequest(json.id(), json.completes(), json.confirmedBy(), confirmedOn, json.text(),
                lines);
    }
}
