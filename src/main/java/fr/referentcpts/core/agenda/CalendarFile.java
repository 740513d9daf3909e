package fr.referentcpts.core.agenda;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Port: a calendar file the referent's agenda imports (iCalendar), implemented outside the domain. */
public interface CalendarFile {
    /** Writes the deadlines not done on {@code today} to {@code file}, stamped {@code stamp}; returns how many. */
    int write(Path file, List<Deadline> deadlines, LocalDate today, Instant stamp);
}
