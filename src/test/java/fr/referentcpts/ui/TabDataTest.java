package fr.referentcpts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/**
 * A case opens on « Parcours »: the other tabs read it when the referent goes there, never show
 * the previous case's data, and follow a change made elsewhere.
 */
class TabDataTest {
    private final TabData data = new TabData();
    private final SimpleBooleanProperty fundingShown = new SimpleBooleanProperty();
    private final SimpleBooleanProperty teamShown = new SimpleBooleanProperty();
    private final List<UUID> fundingReads = new ArrayList<>();
    private final List<UUID> teamReads = new ArrayList<>();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    TabDataTest() {
        data.add("tab-funding", fundingShown, fundingReads::add);
        data.add("tab-team", teamShown, teamReads::add);
    }

    @Test
    void aTabReadsTheCaseTheFirstTimeItIsShownOnly() {
        data.show(first);
        assertEquals(List.of(), fundingReads, "nothing read for a hidden tab");

        fundingShown.set(true);
        fundingShown.set(false);
        fundingShown.set(true);

        assertEquals(List.of(first), fundingReads, "read once, not at every visit");
        assertEquals(List.of(), teamReads);
    }

    @Test
    void anotherCaseEmptiesTheTabsThatShowedThePreviousOne() {
        data.show(first);
        fundingShown.set(true);
        fundingShown.set(false);

        data.show(second);
        assertEquals(java.util.Arrays.asList(first, null), fundingReads, "emptied, not left on the first case");
        assertEquals(List.of(), teamReads, "a tab never read has nothing to empty");

        fundingShown.set(true);
        assertEquals(java.util.Arrays.asList(first, null, second), fundingReads);
    }

    @Test
    void theTabOnScreenReadsTheNewCaseAtOnce() {
        data.show(first);
        teamShown.set(true);

        data.show(second);

        assertEquals(List.of(first, second), teamReads);
    }

    @Test
    void aChangeElsewhereIsReadAtOnceOnScreenAndOtherwiseWhenShown() {
        data.show(first);
        fundingShown.set(true);
        data.changed("tab-funding");
        assertEquals(List.of(first, first), fundingReads, "on screen: read again now");

        fundingShown.set(false);
        data.changed("tab-funding");
        data.changed("tab-funding");
        assertEquals(List.of(first, first), fundingReads, "hidden: nothing read yet");
        fundingShown.set(true);
        assertEquals(List.of(first, first, first), fundingReads, "read once when shown");

        List<String> updates = new ArrayList<>();
        data.changed("tab-funding", () -> updates.add("à jour"));
        data.changed("tab-team", () -> updates.add("jamais"));
        assertEquals(List.of("à jour"), updates, "a tab never read has nothing to bring up to date");
    }

    @Test
    void noCaseShownReadsNothing() {
        data.show(null);
        fundingShown.set(true);
        data.changed("tab-funding");

        assertEquals(List.of(), fundingReads);
    }
}
