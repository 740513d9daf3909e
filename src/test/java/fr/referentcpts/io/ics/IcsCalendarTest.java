package fr.referentcpts.io.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.agenda.DeadlineKind;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.core.funding.Mission;
import fr.referentcpts.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar export, written then parsed back as an agenda application would read it. */
class IcsCalendarTest {
    private static final UUID CASE = UUID.fromString("5e1f4a2b-0000-4000-8000-0000000000aa");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant STAMP = Instant.parse("2026-11-22T09:30:00Z");
    private final Messages messages = new Messages();

    @TempDir
    Path dir;

    private List<Deadline> deadlines() {
        return List.of(
                new Deadline(CASE, "CPTS Caen Ouest", LocalDate.of(2027, 1, 15), DeadlineKind.MISSION_START,
                        List.of(Mission.ACCESS), "start-ACCESS", false),
                new Deadline(CASE, "CPTS Caen Ouest", LocalDate.of(2026, 11, 20), DeadlineKind.NEXT_ACTION,
                        List.of("Relancer la mairie ; envoyer le compte rendu, puis le diagnostic — très long libellé "
                                + "qui dépasse largement soixante-quinze octets une fois encodé en UTF-8 : éàèùç€",
                                " – Dr Martin"), "action-1", false),
                new Deadline(CASE, "CPTS Caen Ouest", LocalDate.of(2026, 10, 1), DeadlineKind.NEXT_ACTION,
                        List.of("Déjà fait", ""), "action-2", true));
    }

    @Test
    void theFileParsesBackIntoTheSameEvents() throws Exception {
        Path file = dir.resolve("echeances.ics");
        IcsCalendar.write(file, IcsCalendar.events(deadlines(), messages, TODAY),
                messages.get("deadline.ics.calendarName"), STAMP);

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }

        List<Map<String, String>> events = parse(text);
        assertEquals(2, events.size(), "a done action is not exported");
        Map<String, String> start = events.getFirst();
        assertEquals(CASE + "-start-ACCESS@referent-cpts", start.get("UID"));
        assertEquals("20270115", start.get("DTSTART;VALUE=DATE"));
        assertEquals("20270116", start.get("DTEND;VALUE=DATE"));
        assertEquals("20261122T093000Z", start.get("DTSTAMP"));
        assertEquals("CPTS Caen Ouest – Démarrage de la mission « Accès aux soins » au plus tard", start.get("SUMMARY"));

        Map<String, String> action = events.get(1);
        assertEquals("CPTS Caen Ouest – Action : Relancer la mairie ; envoyer le compte rendu, puis le diagnostic — "
                + "très long libellé qui dépasse largement soixante-quinze octets une fois encodé en UTF-8 : éàèùç€ "
                + "– Dr Martin", action.get("SUMMARY"));
        assertTrue(action.get("DESCRIPTION").endsWith("En retard."), action.get("DESCRIPTION"));
        assertTrue(text.contains("SUMMARY:CPTS Caen Ouest – Action : Relancer la mairie \\; envoyer le"),
                "semicolons and commas are escaped");
    }

    @Test
    void uidsDoNotChangeBetweenExports() {
        String first = IcsCalendar.format(IcsCalendar.events(deadlines(), messages, TODAY), "A", STAMP);
        String second = IcsCalendar.format(IcsCalendar.events(deadlines(), messages, TODAY.plusDays(3)), "A",
                STAMP.plusSeconds(3600));
        assertEquals(uids(first), uids(second));
    }

    @Test
    void foldingNeverCutsACharacterInTwo() {
        StringBuilder out = new StringBuilder();
        IcsCalendar.line(out, "SUMMARY:" + "é".repeat(100));
        String[] lines = out.toString().split("\r\n");
        assertEquals("SUMMARY:" + "é".repeat(100), String.join("", lines).replace(" é", "é"));
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75);
            assertFalse(line.contains("\uFFFD"));
        }
    }

    @Test
    void anUnwritableFolderIsAFrenchError() {
        Path missing = dir.resolve("absent").resolve("agenda.ics");
        DomainException e = assertThrows(DomainException.class, () -> IcsCalendar.write(missing, List.of(), "A", STAMP));
        assertEquals("deadline.ics.error", e.messageKey());
    }

    private static List<String> uids(String text) {
        return parse(text).stream().map(e -> e.get("UID")).toList();
    }

    /** A minimal RFC 5545 reader: unfold, split name and value, unescape text. */
    static List<Map<String, String>> parse(String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
            }
        }
        return events;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
