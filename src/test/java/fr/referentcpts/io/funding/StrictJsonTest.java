package fr.referentcpts.io.funding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file written by hand is read strictly, and each refusal names the file and the key in French. */
class StrictJsonTest {
    private static final String FILE = "entree.json";

    record Mission(String code, Integer months, Boolean convention) {
    }

    record Input(Long population, String label, BigDecimal rate, List<Mission> missions, Map<String, BigDecimal> amounts,
            Map<String, Mission> byCode, List<Long> bounds, JsonNode value, Mission main) {
    }

    record Counter(int count, long total, boolean done) {
    }

    private static <T> T read(String json, Class<T> type) {
        return StrictJson.read(json.getBytes(StandardCharsets.UTF_8), type, FILE);
    }

    private static DomainException refused(String json, Class<?> type) {
        return assertThrows(DomainException.class, () -> read(json, type));
    }

    private static void assertRefusal(DomainException e, String key, Object... arguments) {
        assertEquals(key, e.messageKey());
        assertArrayEquals(arguments, e.arguments());
    }

    @Test
    void aRecordWithListsMapsAndNestedRecordsIsReadWholeInItsKeyOrder() {
        Input input = read("""
                {"population": 105452, "label": "Nord", "rate": 0.80,
                 "missions": [{"code": "ACCESS", "months": 6, "convention": true}, {"code": "PATHWAYS"}],
                 "amounts": {"3": 50000, "1": 12.50, "2": null},
                 "byCode": {"B": {"code": "B"}, "A": {"code": "A", "months": 1}},
                 "bounds": [0, 40000, 80000], "value": {"x": [1, 2.5, "t", null]},
                 "main": {"code": "ACCESS", "months": 12, "convention": false}}
                """, Input.class);
        assertEquals(105452L, input.population());
        assertEquals("Nord", input.label());
        assertEquals(new BigDecimal("0.80"), input.rate());
        assertEquals(List.of(new Mission("ACCESS", 6, true), new Mission("PATHWAYS", null, null)), input.missions());
        assertEquals(List.of("3", "1", "2"), List.copyOf(input.amounts().keySet()));
        assertEquals(new BigDecimal("12.50"), input.amounts().get("1"));
        assertNull(input.amounts().get("2"));
        assertEquals(List.of("B", "A"), List.copyOf(input.byCode().keySet()));
        assertEquals(new Mission("A", 1, null), input.byCode().get("A"));
        assertEquals(List.of(0L, 40000L, 80000L), input.bounds());
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertEquals(nodes.objectNode().set("x", nodes.arrayNode().add(1).add(2.5).add("t").addNull()), input.value());
        assertEquals(new Mission("ACCESS", 12, false), input.main());
    }

    @Test
    void missingAndNullKeysAreNull() {
        Input input = read("{\"label\": null, \"value\": null}", Input.class);
        assertEquals(new Input(null, null, null, null, null, null, null, JsonNodeFactory.instance.nullNode(), null),
                input);
    }

    @Test
    void primitivesAreRead() {
        assertEquals(new Counter(3, 40000000000L, true), read("{\"count\": 3, \"total\": 40000000000, \"done\": true}",
                Counter.class));
    }

    @Test
    void aDuplicatedKeyIsMalformedJson() {
        assertRefusal(refused("{\"population\": 1, \"population\": 2}", Input.class), "funding.json.malformed", FILE,
                "1", "31");
    }

    @Test
    void anUnknownNestedKeyIsRefusedWithItsPath() {
        DomainException e = refused("{\"missions\": [{\"code\": \"A\"}, {\"code\": \"B\", \"startDate\": \"x\"}]}",
                Input.class);
        assertRefusal(e, "funding.json.unknownKey", FILE, "startDate", "missions[1]");
        assertEquals("entree.json : clé inconnue « startDate » dans « missions[1] ».", new Messages().get(e));
    }

    @Test
    void anUnknownRootKeyIsRefused() {
        assertRefusal(refused("{\"version\": 2}", Input.class), "funding.json.unknownRootKey", FILE, "version");
    }

    @Test
    void aNumberGivenAsTextIsRefused() {
        DomainException e = refused("{\"byCode\": {\"A\": {\"months\": \"12\"}}}", Input.class);
        assertRefusal(e, "funding.json.invalidValue", FILE, "byCode.A.months");
        assertEquals("entree.json : valeur invalide pour le champ « byCode.A.months ».", new Messages().get(e));
        assertRefusal(refused("{\"rate\": \"0.5\"}", Input.class), "funding.json.invalidValue", FILE, "rate");
        assertRefusal(refused("{\"main\": {\"convention\": \"true\"}}", Input.class), "funding.json.invalidValue", FILE,
                "main.convention");
    }

    @Test
    void aDecimalWhereAnIntegerIsExpectedIsRefused() {
        assertRefusal(refused("{\"missions\": [{\"months\": 1.5}]}", Input.class), "funding.json.invalidValue", FILE,
                "missions[0].months");
        assertRefusal(refused("{\"bounds\": [0, 1.0]}", Input.class), "funding.json.invalidValue", FILE, "bounds[1]");
    }

    @Test
    void aWrongShapeIsRefusedWithItsPath() {
        assertRefusal(refused("{\"missions\": {\"code\": \"A\"}}", Input.class), "funding.json.invalidValue", FILE,
                "missions");
        assertRefusal(refused("{\"amounts\": {\"1\": [1]}}", Input.class), "funding.json.invalidValue", FILE,
                "amounts.1");
    }

    @Test
    void contentAfterTheRootObjectIsRefused() {
        assertRefusal(refused("{\"label\": \"a\"} {}", Input.class), "funding.json.notAnObject", FILE);
        assertRefusal(refused("{\"label\": \"a\"}\n]", Input.class), "funding.json.malformed", FILE, "2", "1");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        DomainException e = refused("{\n  \"label\": \"a\",\n  \"rate\": 0.5,,\n}", Input.class);
        assertRefusal(e, "funding.json.malformed", FILE, "3", "15");
        assertEquals("entree.json : JSON invalide (ligne 3, colonne 15).", new Messages().get(e));
        assertRefusal(refused("null", Input.class), "funding.json.malformed", FILE, "1", "1");
    }

    @Test
    void aRootThatIsNotAnObjectIsRefused() {
        assertRefusal(refused("[1, 2]", Input.class), "funding.json.notAnObject", FILE);
        assertRefusal(refused("", Input.class), "funding.json.notAnObject", FILE);
    }

    @Test
    void nullForAPrimitiveIsRefused() {
        assertRefusal(refused("{\"count\": null, \"total\": 1, \"done\": true}", Counter.class),
                "funding.json.invalidValue", FILE, "count");
        assertRefusal(refused("{\"count\": 1, \"done\": true}", Counter.class), "funding.json.invalidValue", FILE,
                "total");
    }
}
