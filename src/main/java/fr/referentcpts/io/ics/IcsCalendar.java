package fr.referentcpts.io.ics;

import fr.referentcpts.core.agenda.Deadline;
import fr.referentcpts.core.common.DomainException;
import fr.referentcpts.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The deadlines as an iCalendar file (RFC 5545) for the referent's agenda: one all-day event
 * per deadline not done, UTF-8, CRLF line ends, lines folded at 75 octets, text escaped, a UID
 * stable across exports (the same deadline updates the same event when imported again).
 */
public final class IcsCalendar {
    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One all-day event. */
    public record Event(String uid, LocalDate date, String summary, String description, String category) {
    }

    private IcsCalendar() {
    }

    /** The events of the deadlines still to come or to do, in French. */
    public static List<Event> events(List<Deadline> deadlines, Messages messages, LocalDate today) {
        return deadlines.stream().filter(d -> !d.done()).map(d -> {
            String title = messages.get(d.title());
            String description = messages.get("deadline.ics.description", d.caseName(), title)
                    + (d.overdue(today) ? " " + messages.get("deadline.ics.overdue") : "");
            return new Event(d.uid(), d.date(), d.caseName() + " – " + title, description,
                    messages.get(d.kind()));
        }).toList();
    }

    /** Exports the deadlines not done to {@code file}, in French: the screens' and the command line's export. */
    public static int export(Path file, List<Deadline> deadlines, Messages messages, LocalDate today, Instant stamp) {
        List<Event> events = events(deadlines, messages, today);
        write(file, events, messages.get("deadline.ics.calendarName"), stamp);
        return events.size();
    }

    /** The calendar as text (CRLF line ends, folded). */
    public static String format(List<Event> events, String calendarName, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Référent CPTS//Échéances//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            line(out, "SUMMARY:" + escape(event.summary()));
            line(out, "DESCRIPTION:" + escape(event.description()));
            line(out, "CATEGORIES:" + escape(event.category()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Writes the calendar to {@code file} (through a temporary file, so a failure leaves no half file). */
    public static void write(Path file, List<Event> events, String calendarName, Instant stamp) {
        try {
            Path absolute = file.toAbsolutePath();
            Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            Files.writeString(tmp, format(events, calendarName, stamp), StandardCharsets.UTF_8);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DomainException("deadline.ics.error", e, file.toString());
        }
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (§3.1), never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
