package fr.referentcpts.core.agenda;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** The portfolio's deadlines written to a calendar file, from the home screen or {@code agenda --ics}. */
public final class CalendarExport {
    private final AgendaService agenda;
    private final CalendarFile calendar;
    private final Clock clock;

    public CalendarExport(AgendaService agenda, CalendarFile calendar, Clock clock) {
        this.agenda = agenda;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every deadline not done, of every case file not archived; returns how many were written. */
    public int export(Path file) {
        return calendar.write(file, agenda.overview().deadlines(), LocalDate.now(clock), clock.instant());
    }
}
