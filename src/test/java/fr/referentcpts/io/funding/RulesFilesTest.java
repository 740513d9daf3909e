package fr.referentcpts.io.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.BaremeLine;
import fr.referentcpts.core.funding.Component;
import fr.referentcpts.core.funding.LineKey;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.core.funding.MissionKind;
import fr.referentcpts.core.funding.RuleStatus;
import fr.referentcpts.core.funding.RulesCatalog;
import fr.referentcpts.core.funding.RulesVersion;
import fr.referentcpts.core.funding.ScheduleRules;
import fr.referentcpts.core.funding.SizeClass;
import fr.referentcpts.i18n.Messages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules files and the import of a user's file. */
class RulesFilesTest {
    private static final List<RulesVersion> SHIPPED = RulesFiles.shippedVersions();

    private static RulesVersion version(String id) {
        return SHIPPED.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void twoVersionsShipWithTheirDatesAndLegalReferences() {
        assertEquals(List.of("ACI-2019", "ACI-2019-AV2"), SHIPPED.stream().map(RulesVersion::id).toList());
        RulesVersion aci = version("ACI-2019");
        assertEquals("ACI du 20 juin 2019", aci.label());
        assertEquals(LocalDate.of(2019, 8, 25), aci.inForce());
        assertEquals(List.of(LocalDate.of(2019, 6, 20), LocalDate.of(2019, 8, 21)),
                aci.legalReferences().stream().map(s -> s.date()).toList());
        RulesVersion av2 = version("ACI-2019-AV2");
        assertEquals(LocalDate.of(2022, 3, 31), av2.inForce());
        assertTrue(av2.legalReferences().stream().anyMatch(s -> LocalDate.of(2021, 12, 20).equals(s.date())));
        assertEquals(LocalDate.of(2022, 9, 3), av2.mission(Mission.CRISIS).orElseThrow().availableFrom());
        assertEquals(MissionKind.SOCLE, av2.mission(Mission.CRISIS).orElseThrow().kind());
        assertFalse(aci.offers(Mission.CRISIS));
    }

    @Test
    void theScheduleParametersAreData() {
        ScheduleRules schedule = version("ACI-2019").schedule();
        assertEquals(5, schedule.years());
        assertEquals(0, new BigDecimal("0.75").compareTo(schedule.advanceRate().value()));
        assertEquals(0, BigDecimal.ONE.compareTo(schedule.operatingFirstYearRate().value()));
        RulesVersion av2 = version("ACI-2019-AV2");
        assertEquals(List.of(6, 18), deadlines(av2, Mission.ACCESS));
        assertEquals(List.of(12, 24), deadlines(av2, Mission.PATHWAYS));
        assertEquals(List.of(12, 24), deadlines(av2, Mission.PREVENTION));
        assertEquals(List.of(6, 18), deadlines(av2, Mission.CRISIS));
        assertEquals(null, av2.mission(Mission.QUALITY).orElseThrow().deadlines());
    }

    @Test
    void theConventionsOfTheDomainPageAreFlaggedInTheData() {
        ScheduleRules schedule = version("ACI-2019").schedule();
        assertTrue(schedule.prorata().convention());
        assertTrue(schedule.patterns().get(Component.SNP_ORIENTATION).convention());
        assertTrue(schedule.patterns().get(Component.SNP_COMPENSATION).convention());
        assertFalse(schedule.patterns().get(Component.FIXED).convention());
        assertTrue(version("ACI-2019").sizeClasses().convention());
        assertEquals(List.of(0L, 40_000L, 80_000L, 175_000L), version("ACI-2019").sizeClasses().lowerBounds());
    }

    @Test
    void everyValueCarriesADatedSource() {
        for (RulesVersion v : SHIPPED) {
            v.lines().forEach(l -> assertNotNull(l.source().date(), v.id() + " " + l.key()));
            v.totals().forEach(t -> assertNotNull(t.source().date(), v.id() + " " + t.id()));
            v.missions().forEach(m -> assertNotNull(m.source().date(), v.id() + " " + m.mission()));
            v.schedule().patterns().values().forEach(p -> assertNotNull(p.source().date()));
        }
    }

    @Test
    void theAci2019IsConfirmedByItsTextCellByCell() {
        assertTrue(version("ACI-2019").lines().stream().allMatch(BaremeLine::confirmed));
        assertEquals(0, version("ACI-2019").cellsToConfirm());
    }

    @Test
    void theAmendmentProposesWhatPublicSourcesSayAndLeavesTheRestUnknown() {
        RulesVersion av2 = version("ACI-2019-AV2");
        List<BaremeLine> unconfirmed = av2.lines().stream().filter(l -> !l.confirmed()).toList();
        assertEquals(List.of(LineKey.OPERATING, new LineKey(null, Component.OPERATING_COMPLEMENT),
                new LineKey(null, Component.LETTER_OF_INTENT), new LineKey(Mission.CRISIS, Component.FIXED),
                new LineKey(Mission.CRISIS, Component.CONDITIONAL)), unconfirmed.stream().map(BaremeLine::key).toList());
        // fonctionnement 50 000 / 60 000 / 75 000 / 90 000, proposed from the Senate's 2025 report
        BaremeLine operating = av2.line(LineKey.OPERATING).orElseThrow();
        for (SizeClass size : SizeClass.values()) {
            assertEquals(RuleStatus.PROPOSED, operating.cell(size).status());
            assertEquals("moyenne-haute", operating.cell(size).confidence());
        }
        assertEquals(new BigDecimal("90000.00"), operating.cell(SizeClass.T4).amount());
        // crisis: only taille 3 is known, from two real contracts (22 500 fixed, 67 500 if a crisis is recognised)
        BaremeLine fixed = av2.line(new LineKey(Mission.CRISIS, Component.FIXED)).orElseThrow();
        BaremeLine conditional = av2.line(new LineKey(Mission.CRISIS, Component.CONDITIONAL)).orElseThrow();
        assertEquals(new BigDecimal("22500.00"), fixed.cell(SizeClass.T3).amount());
        assertEquals(new BigDecimal("67500.00"), conditional.cell(SizeClass.T3).amount());
        assertEquals(RuleStatus.PROPOSED, conditional.cell(SizeClass.T3).status());
        for (SizeClass size : List.of(SizeClass.T1, SizeClass.T2, SizeClass.T4)) {
            assertEquals(RuleStatus.TO_CONFIRM, fixed.cell(size).status());
            assertNull(conditional.cell(size).amount());
        }
        assertTrue(av2.line(new LineKey(Mission.CRISIS, Component.VARIABLE)).isEmpty());
        assertEquals(LocalDate.of(2021, 12, 31),
                av2.line(new LineKey(null, Component.OPERATING_COMPLEMENT)).orElseThrow().signedBefore());
    }

    @Test
    void everyReferenceOfAShippedFileCitesALegalTextNeverAnInternalDocument() throws Exception {
        for (String name : List.of("ACI-2019.json", "ACI-2019-AV2.json")) {
            String text = RulesFileFixtures.shipped(name).toLowerCase(java.util.Locale.ROOT);
            assertFalse(text.contains("seed"), name);
            assertFalse(text.contains("domaine"), name);
            assertFalse(text.contains("aci-cpts.md"), name);
        }
        for (RulesVersion v : SHIPPED) {
            v.lines().forEach(l -> l.cells().values().forEach(c -> assertTrue(c.source().text().matches(
                    "(?s).*(Accord conventionnel|Avenant 2|Sénat|Contrats tripartites|négociation de l’avenant 2).*"),
                    v.id() + " " + l.key() + " : " + c.source().text())));
        }
    }

    @Test
    void aVersionWrittenToAFileReadsBackIdentical() {
        for (RulesVersion v : SHIPPED) {
            byte[] written = RulesFiles.write(v);
            assertEquals(v, RulesFiles.parse(written, v.id() + ".json"));
        }
    }

    @Test
    void theShippedCatalogDefaultsToTheAmendmentFrom31March2022() {
        RulesCatalog catalog = RulesFiles.shippedCatalog();
        assertEquals("ACI-2019", catalog.versionInForceAt(LocalDate.of(2022, 3, 30)).id());
        assertEquals("ACI-2019-AV2", catalog.versionInForceAt(LocalDate.of(2022, 3, 31)).id());
    }

    @Test
    void anImportedFileUnderANewIdIsValidatedAndAdded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ACI-2019-bis.json");
        Files.writeString(file, RulesFileFixtures.shipped("ACI-2019.json")
                .replace("\"id\": \"ACI-2019\"", "\"id\": \"ACI-2019-bis\""), StandardCharsets.UTF_8);
        RulesVersion imported = RulesFiles.importFile(file);
        assertEquals("ACI-2019-bis", imported.id());
        assertEquals(new BigDecimal("25000.00"),
                imported.line(new LineKey(Mission.ACCESS, Component.FIXED)).orElseThrow().amount(SizeClass.T3).orElseThrow());
        assertEquals(3, RulesFiles.shippedCatalog().with(imported).versions().size());
    }

    @Test
    void anImportedFileReusingAShippedIdWithAnotherContentIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corrige.json");
        Files.writeString(file, RulesFileFixtures.shipped("ACI-2019.json")
                .replace("\"label\": \"ACI du 20 juin 2019\"", "\"label\": \"ACI corrigé\""), StandardCharsets.UTF_8);
        RulesVersion imported = RulesFiles.importFile(file);
        DomainException e = assertThrows(DomainException.class, () -> RulesFiles.shippedCatalog().with(imported));
        assertEquals("funding.error.rulesIdConflict", e.messageKey());
    }

    @Test
    void anUnreadableFileIsAFrenchError(@TempDir Path dir) {
        DomainException e = assertThrows(DomainException.class, () -> RulesFiles.importFile(dir.resolve("absent.json")));
        assertEquals("funding.json.unreadable", e.messageKey());
        assertTrue(new Messages().get(e).startsWith("Impossible de lire le fichier"), new Messages().get(e));
    }

    private static List<Integer> deadlines(RulesVersion v, Mission mission) {
        var d = v.mission(mission).orElseThrow().deadlines().value();
        return List.of(d.startMonths(), d.deployedMonths());
    }
}
