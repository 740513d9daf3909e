package fr.referentcpts.io.funding;

import static fr.referentcpts.io.funding.RulesFileFixtures.aci2019With;
import static fr.referentcpts.io.funding.RulesFileFixtures.line;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A rules file is refused as a whole, with a French message naming the faulty key. */
class RulesValidationTest {
    private static final String FILE = "regles.json";

    private static DomainException refused(byte[] json) {
        return assertThrows(DomainException.class, () -> RulesFiles.parse(json, FILE));
    }

    @Test
    void theUnchangedShippedFileIsAccepted() {
        assertEquals("ACI-2019", RulesFiles.parse(aci2019With(root -> { }), FILE).id());
    }

    @Test
    void anUnknownKeyIsRefusedNamingItAndWhereItIs() {
        DomainException e = refused(aci2019With(root -> line(root, 2).put("montant", 1)));
        assertEquals("funding.json.unknownKey", e.messageKey());
        assertArrayEquals(new Object[] {FILE, "montant", "lines[2]"}, e.arguments());
        assertEquals("regles.json : clé inconnue « montant » dans « lines[2] ».", new Messages().get(e));
    }

    @Test
    void anUnknownKeyAtTheRootIsRefused() {
        DomainException e = refused(aci2019With(root -> root.put("version", "2")));
        assertEquals("funding.json.unknownRootKey", e.messageKey());
        assertArrayEquals(new Object[] {FILE, "version"}, e.arguments());
    }

    @Test
    void aLineWithoutItsFourthSizeClassIsRefused() {
        DomainException e = refused(aci2019With(root -> ((ObjectNode) line(root, 1).get("amounts")).remove("4")));
        assertEquals("funding.rules.error.sizeClasses", e.messageKey());
        assertEquals("lines[1].amounts.4", e.arguments()[1]);
    }

    @Test
    void aFifthSizeClassIsRefused() {
        DomainException e = refused(aci2019With(root -> ((ObjectNode) line(root, 1).get("amounts")).put("5", 1)));
        assertEquals("funding.rules.error.sizeClasses", e.messageKey());
    }

    @Test
    void aCellThatBreaksAStatedTotalIsRefused() {
        // ACCESS fixed T3 25 000 → 26 000: the ACCESS total of 120 000 no longer holds
        DomainException e = refused(aci2019With(root -> ((ObjectNode) line(root, 1).get("amounts")).put("3", 26000)));
        assertEquals("funding.rules.error.totalMismatch", e.messageKey());
        assertEquals(Arrays.asList(FILE, "ACCESS", "3", "120\u202F000,00\u00A0€", "121\u202F000,00\u00A0€"),
                Arrays.asList(e.arguments()));
    }

    @Test
    void aConfirmedTotalOverALineToConfirmIsRefused() {
        DomainException e = refused(aci2019With(root -> {
            line(root, 0).put("status", "à confirmer");
            line(root, 0).putNull("amounts");
        }));
        assertEquals("funding.rules.error.totalOfUnconfirmed", e.messageKey());
    }

    @Test
    void aLineToConfirmMustNotCarryAmounts() {
        DomainException e = refused(aci2019With(root -> line(root, 1).put("status", "à confirmer")));
        assertEquals("funding.rules.error.amountToConfirm", e.messageKey());
        assertEquals("ACCESS.FIXED", e.arguments()[1]);
    }

    @Test
    void anUnknownStatusIsRefused() {
        DomainException e = refused(aci2019With(root -> line(root, 1).put("status", "confirmé")));
        assertEquals("funding.rules.error.badStatus", e.messageKey());
        assertEquals("lines[1].status", e.arguments()[2]);
    }

    @Test
    void anImpossibleDateIsRefused() {
        DomainException e = refused(aci2019With(root -> root.put("inForce", "2019-02-30")));
        assertEquals("funding.rules.error.badDate", e.messageKey());
        assertEquals("inForce", e.arguments()[2]);
    }

    @Test
    void anUnknownMissionIsRefused() {
        DomainException e = refused(aci2019With(root -> line(root, 1).put("mission", "ACCES")));
        assertEquals("funding.rules.error.badCode", e.messageKey());
        assertEquals("lines[1].mission", e.arguments()[2]);
    }

    @Test
    void anAmountWrittenAsTextIsRefused() {
        DomainException e = refused(aci2019With(root -> ((ObjectNode) line(root, 1).get("amounts")).put("3", "25000")));
        assertEquals("funding.json.invalidValue", e.messageKey());
        assertEquals("lines[1].amounts.3", e.arguments()[1]);
    }

    @Test
    void aMissingSourceIsRefused() {
        DomainException e = refused(aci2019With(root -> line(root, 3).remove("source")));
        assertEquals("funding.rules.error.missing", e.messageKey());
        assertEquals("lines[3].source", e.arguments()[1]);
    }

    @Test
    void anotherFormatIsRefused() {
        DomainException e = refused(aci2019With(root -> root.put("format", 3)));
        assertEquals("funding.rules.error.format", e.messageKey());
    }

    @Test
    void decreasingSizeBoundsAreRefused() {
        DomainException e = refused(aci2019With(root -> ((ObjectNode) root.get("sizeClasses"))
                .putArray("lowerBounds").add(0).add(80000).add(40000).add(175000)));
        assertEquals("funding.rules.error.bounds", e.messageKey());
    }

    @Test
    void aScheduleParameterToConfirmIsRefused() {
        DomainException e = refused(aci2019With(root -> ((ObjectNode) root.get("schedule").get("advanceRate"))
                .put("status", "à confirmer")));
        assertEquals("funding.rules.error.parameterToConfirm", e.messageKey());
        assertEquals("schedule.advanceRate.status", e.arguments()[1]);
    }

    @Test
    void aLineTwiceIsRefused() {
        DomainException e = refused(aci2019With(root -> root.withArray("lines").add(line(root, 1).deepCopy())));
        assertEquals("funding.rules.error.duplicate", e.messageKey());
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        String text = RulesFileFixtures.shipped("ACI-2019.json");
        DomainException e = refused(text.substring(0, 200).getBytes(StandardCharsets.UTF_8));
        assertEquals("funding.json.malformed", e.messageKey());
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        DomainException e = refused("[1, 2]".getBytes(StandardCharsets.UTF_8));
        assertEquals("funding.json.notAnObject", e.messageKey());
    }

    @Test
    void aDuplicatedKeyIsRefused() {
        DomainException e = refused("{\"format\": 1, \"format\": 1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("funding.json.malformed", e.messageKey());
    }
}
