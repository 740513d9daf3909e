package fr.referentcpts.core.funding;

import static fr.referentcpts.core.funding.ShippedRules.CATALOG;
import static fr.referentcpts.core.funding.ShippedRules.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.common.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rules version applies at a signature date, and how imported versions join the catalog. */
class RulesCatalogTest {
    @ParameterizedTest(name = "signature le {0} → {1}")
    @CsvSource({"2019-08-25, ACI-2019", "2021-12-31, ACI-2019", "2022-03-30, ACI-2019", "2022-03-31, ACI-2019-AV2",
        "2026-03-15, ACI-2019-AV2"})
    void theVersionInForceAtSignatureIsTheLatestInForceThatDay(LocalDate signature, String expected) {
        assertEquals(expected, CATALOG.versionInForceAt(signature).id());
    }

    @Test
    void aSignatureBeforeEveryVersionIsAnErrorNotAZeroEnvelope() {
        ValidationException e = assertThrows(ValidationException.class, () -> CATALOG.versionInForceAt(date("2019-08-24")));
        assertEquals("funding.error.noVersionInForce", e.messageKey());
        assertEquals("signatureDate", e.field());
    }

    @Test
    void anUnknownVersionIdIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ShippedRules.ENGINE.compute(
                FundingInput.builder(50_000, date("2026-03-15")).rulesVersion("ACI-2030").build()));
        assertEquals("rulesVersion", e.field());
    }

    @Test
    void aVersionPinnedBeforeItsEntryIntoForceIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ShippedRules.ENGINE.compute(
                FundingInput.builder(50_000, date("2021-06-01")).rulesVersion("ACI-2019-AV2").build()));
        assertEquals("funding.error.versionNotYetInForce", e.messageKey());
    }

    @Test
    void anOlderVersionCanBePinnedForALaterSignature() {
        FundingResult result = ShippedRules.ENGINE.compute(FundingInput.builder(50_000, date("2026-03-15"))
                .rulesVersion("ACI-2019").missions(Mission.ACCESS).build());
        assertEquals("ACI-2019", result.rules().id());
    }

    @Test
    void importingAKnownIdWithAnotherContentIsRefused() {
        RulesVersion shipped = CATALOG.find("ACI-2019").orElseThrow();
        RulesVersion changed = relabelled(shipped, shipped.id(), "ACI 2019 corrigé");
        DomainException e = assertThrows(DomainException.class, () -> CATALOG.with(changed));
        assertEquals("funding.error.rulesIdConflict", e.messageKey());
        assertEquals("ACI 2019 corrigé", changed.label());
        assertEquals("ACI du 20 juin 2019", CATALOG.find("ACI-2019").orElseThrow().label());
    }

    @Test
    void importingTheSameContentAgainChangesNothing() {
        RulesVersion shipped = CATALOG.find("ACI-2019").orElseThrow();
        assertSame(CATALOG, CATALOG.with(relabelled(shipped, shipped.id(), shipped.label())));
    }

    @Test
    void anImportedVersionUnderANewIdIsAddedAndPinnedContractsKeepTheirs() {
        RulesVersion av2 = CATALOG.find("ACI-2019-AV2").orElseThrow();
        RulesVersion corrected = relabelled(av2, "ACI-2019-AV2-corrige", "Avenant 2, barème corrigé");
        RulesCatalog catalog = CATALOG.with(corrected);
        assertEquals(List.of("ACI-2019", "ACI-2019-AV2", "ACI-2019-AV2-corrige"),
                catalog.versions().stream().map(RulesVersion::id).toList());
        // same entry into force: the version added last becomes the default for new contracts
        assertEquals("ACI-2019-AV2-corrige", catalog.versionInForceAt(date("2026-03-15")).id());
        assertEquals(av2, catalog.find("ACI-2019-AV2").orElseThrow());
    }

    private static RulesVersion relabelled(RulesVersion v, String id, String label) {
        return new RulesVersion(id, label, v.inForce(), v.legalReferences(), v.sizeClasses(), v.missions(),
                v.schedule(), v.lines(), v.totals(), v.notes(), v.confirmation());
    }
}
